import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'gatherwell-e2e-'));
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export type RunningServer = {
  url: string;
  process: ChildProcess;
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
};

/** The public address production servers under test are told they have (PUBLIC_URL). */
export const E2E_PUBLIC_URL = 'https://gatherwell.test';

/** The environment of a server under test: production settings unless a test says otherwise. */
const serverEnv = (env: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'production',
  // Production needs its public https address (links in mail; Secure cookies). The journeys
  // browse the server directly on 127.0.0.1, which browsers treat as a secure context.
  PUBLIC_URL: E2E_PUBLIC_URL,
  LOG_LEVEL: 'warn',
  AUTH_SECRET: 'e2e-secret-that-is-long-enough-for-the-config-check',
  INTAKE_KEY: Buffer.alloc(32, 7).toString('base64'),
  ...env,
});

/** Start the built server (dist/server.js) and wait until /readyz answers. */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000) {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: root,
    env: { ...serverEnv(env), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolveExit) =>
    child.on('exit', (code) => resolveExit(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const server: RunningServer = {
    url,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return server;
}

/** Run the built server expecting it to exit by itself (a start-up failure). */
export function runToExit(env: Record<string, string>, timeoutMs = 30_000) {
  return new Promise<{ code: number | null; output: string }>((resolveRun, reject) => {
    const child = spawn(process.execPath, ['dist/server.js'], {
      cwd: root,
      env: serverEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`expected the server to exit, still running after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

/**
 * A development-mode server (its outbox at /dev/outbox) on an empty directory, for journeys
 * that make their own people. `before` runs with the server's address before it starts (an
 * administrator made by the CLI, which needs the directory to itself).
 */
export async function startDevServer(
  dataDir: string,
  before?: (url: string) => void,
  env: Record<string, string> = {},
) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  before?.(url);
  return startServer({
    NODE_ENV: 'development',
    SEED_DEMO_DATA: 'false',
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: url,
    ...env,
  });
}
