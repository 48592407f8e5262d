import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser.js';
import { type RunningServer, startServer, tempDataDir } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumAvailable: boolean;
  }
}

/** One built server with demo data for all browser journeys, on a throwaway data directory. */
export default async function setup(project: TestProject) {
  const chromiumAvailable = existsSync(CHROMIUM_PATH);
  if (!chromiumAvailable) {
    const message = `Chromium is not installed at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" to run the browser journeys.`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`\n${message}\nBrowser journeys are skipped.\n`);
  }
  const dataDir = tempDataDir();
  let server: RunningServer | undefined;
  try {
    server = await startServer({ DATA_DIR: dataDir });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', server.url);
  project.provide('chromiumAvailable', chromiumAvailable);
  return async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
