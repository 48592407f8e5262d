import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { runToExit, startServer, tempDataDir } from './server.js';

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
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: first.url },
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
