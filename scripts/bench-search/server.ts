import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { projectRoot } from '../../src/lib/paths.js';
import { log } from './database.js';

/** The server under test: built as it ships (dist/server.js), on the benchmark's data. */
export type BenchServer = { process: ChildProcess; base: string };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** CPU seconds a process has used (Linux: utime + stime), or NaN. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The resident memory of a process in MB (Linux), or '?'. */
export function rss(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '?';
  } catch {
    return '?';
  }
}

/** Build the bundle, start it on a free port with the database `env` names, wait until ready. */
export async function startServer(
  env: Record<string, string>,
  profileDir: string | undefined,
): Promise<BenchServer> {
  await new Promise<void>((resolve, reject) => {
    const b = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed'))));
  });
  const port = await freePort();
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const server = spawn(process.execPath, [...profile, 'dist/server.js'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      ...env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      NODE_ENV: 'production',
      // Production refuses to start without these; the benchmark has no accounts to protect.
      PUBLIC_URL: 'https://gatherwell.invalid',
      AUTH_SECRET: randomBytes(32).toString('base64'),
      INTAKE_KEY: randomBytes(32).toString('base64'),
      // One client making thousands of requests on purpose.
      API_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const spawned = performance.now();
  let ready: { searchIndex?: { groups: number; buildMs: number } } = {};
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) {
        ready = await res.json();
        break;
      }
    } catch {}
    if (i > 3000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  log(
    `server ready in ${((performance.now() - spawned) / 1000).toFixed(1)} s; search index: ${ready.searchIndex?.groups.toLocaleString('en-US')} groups in ${ready.searchIndex?.buildMs} ms; RSS ${rss(server.pid)} MB`,
  );
  return { process: server, base };
}

export async function stopServer(server: BenchServer) {
  server.process.kill('SIGTERM');
  await new Promise((r) => server.process.on('exit', r));
}
