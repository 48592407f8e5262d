import { rmSync } from 'node:fs';
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
    const inFlight = fetch(`${first.url}/crisis`);
    const code = await first.stop();
    expect(code).toBe(0);
    expect((await inFlight).status).toBe(200);
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
