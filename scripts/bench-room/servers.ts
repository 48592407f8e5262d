// Starting and stopping the server processes (dist/server.js) and asking their probe.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../../src/lib/paths.js';
import { children, cleaning } from './cleanup.js';
import { log, PUBLIC_URL, sleep } from './options.js';

// ---------------------------------------------------------------------------------------------
// The servers: dist/server.js as a deployment runs it, one child process per instance.

export type Instance = {
  name: string;
  base: string;
  port: number;
  process: ChildProcess;
  /** Ask the probe loaded into the server (PROBE) and wait for its answer. */
  ask(command: string): Promise<Record<string, number>>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export async function build() {
  await new Promise<void>((resolve, reject) => {
    const b = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed'))));
  });
}

export async function startInstance(
  probe: string,
  name: string,
  env: Record<string, string>,
  secret: string,
  intakeKey: string,
): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', '--require', probe, 'dist/server.js'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}),
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'production',
      PUBLIC_URL,
      // One secret for both instances, as a deployment has: a cookie signed here works on both.
      AUTH_SECRET: secret,
      INTAKE_KEY: intakeKey,
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      SHUTDOWN_TIMEOUT_MS: '2000',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  const asked = new Map<string, (value: Record<string, number>) => void>();
  let asks = 0;
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!cleaning) log(`server ${name} exited (${signal ?? code}) before the benchmark ended`);
  });
  // The servers' own warnings go to stderr, marked, so stdout's last line stays the figures.
  for (const s of [child.stdout, child.stderr]) {
    let rest = '';
    s?.setEncoding('utf8');
    s?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const answer = /^BENCH (\d+) (.*)$/.exec(line);
        if (answer) {
          asked.get(answer[1]!)?.(JSON.parse(answer[2]!));
          asked.delete(answer[1]!);
        } else if (line.trim()) log(`[server ${name}] ${line}`);
      }
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server ${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`server ${name} did not become ready`);
    await sleep(100);
  }
  const ask = (command: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = String(++asks);
      asked.set(id, resolve);
      child.stdin?.write(`${id} ${command}\n`);
      setTimeout(
        () => reject(new Error(`server ${name}: no answer to ${command}`)),
        60_000,
      ).unref();
    });
  return { name, base, port, process: child, ask };
}

export async function stopInstance(instance: Instance) {
  const child = instance.process;
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
