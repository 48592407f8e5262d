import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startDevServer, tempDataDir } from './server.js';

/**
 * What every browser journey sets up: its own development-mode server (for the outbox) on a
 * temporary directory, and a browser; both go, with the directory, when the file's tests end.
 * `before` runs with the directory and the server's address before it starts (an administrator
 * made by the CLI). Read `server` and `browser` inside tests, once the hooks have run.
 */
export function journey(
  before?: (dataDir: string, url: string) => void,
  env: Record<string, string> = {},
) {
  const j = { dataDir: tempDataDir() } as {
    dataDir: string;
    server: RunningServer;
    browser: Browser;
  };
  beforeAll(async () => {
    j.server = await startDevServer(j.dataDir, before && ((url) => before(j.dataDir, url)), env);
    j.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await j.browser?.close();
    await j.server?.stop();
    rmSync(j.dataDir, { recursive: true, force: true });
  });
  return j;
}
