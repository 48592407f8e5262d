import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_PUBLIC_URL, freePort, runToExit, startServer, tempDataDir } from './server.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('refuses bad configuration, naming the variable', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const { code, output } = await runToExit({ PORT: 'abc', DATA_DIR: dir });
    expect(code).not.toBe(0);
    expect(output).toMatch(/PORT: must be a whole number/);
  });

  it('lets one process own a data directory; a second exits at once and the first keeps serving', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const first = await startServer({ DATA_DIR: dir });
    try {
      const second = await runToExit({ DATA_DIR: dir, PORT: '0' });
      expect(second.code).not.toBe(0);
      expect(second.output).toMatch(/in use by another Gatherwell process \(pid \d+\)/);
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });

  it('shuts down cleanly on SIGTERM, finishing a request in flight, and starts again on the same data', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const first = await startServer({ DATA_DIR: dir, LOG_LEVEL: 'info' });
    const { results } = await (await fetch(`${first.url}/api/v1/groups`)).json();
    // A form post whose body is only half sent when SIGTERM arrives: it must still be answered.
    const req = request(`${first.url}/groups/${results[0].slug}/report`, {
      method: 'POST',
      // Posted from the site's own pages, at its public address.
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: E2E_PUBLIC_URL },
    });
    const answered = new Promise<number | undefined>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
    });
    req.write('problem=');
    await new Promise((r) => setTimeout(r, 300));
    const stopped = first.stop();
    await new Promise((r) => setTimeout(r, 300));
    req.end('time');
    expect(await answered).toBe(303);
    expect(await stopped).toBe(0);
    expect(first.output()).toContain('database closed cleanly');

    const started = performance.now();
    const second = await startServer({ DATA_DIR: dir });
    const restartMs = performance.now() - started;
    try {
      expect((await fetch(second.url)).status).toBe(200);
      console.info(`warm restart to ready: ${Math.round(restartMs)} ms`);
    } finally {
      await second.stop();
    }
  });
});

describe('development and production', () => {
  it('fails closed: with NODE_ENV unset and no secrets the server refuses to start, naming them', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const { code, output } = await runToExit({
      NODE_ENV: '',
      AUTH_SECRET: '',
      INTAKE_KEY: '',
      PUBLIC_URL: '',
      DATA_DIR: dir,
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/AUTH_SECRET: must be set in production/);
    expect(output).toMatch(/INTAKE_KEY: must be set in production/);
    expect(output).toMatch(/PUBLIC_URL: must be the public https:\/\/ address/);
    expect(output).not.toContain('Gatherwell is listening');
  });

  it('announces development mode loudly, and shows /dev/outbox to this computer only', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const port = await freePort();
    const server = await startServer({
      NODE_ENV: 'development',
      AUTH_SECRET: '',
      INTAKE_KEY: '',
      PUBLIC_URL: '',
      HOST: '0.0.0.0',
      PORT: String(port),
      DATA_DIR: dir,
      SEED_DEMO_DATA: 'false',
    });
    try {
      expect(server.output()).toContain('DEVELOPMENT MODE');
      expect((await fetch(`http://127.0.0.1:${port}/dev/outbox`)).status).toBe(200);
      const proxied = await fetch(`http://127.0.0.1:${port}/dev/outbox`, {
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(proxied.status).toBe(404);
      // The same server, reached on this machine's network address rather than loopback.
      const lan = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
      if (lan) expect((await fetch(`http://${lan}:${port}/dev/outbox`)).status).toBe(404);
      else console.warn('no non-loopback IPv4 address here: the network check was not made');
    } finally {
      await server.stop();
    }
  });
});
