// Measuring the servers: the probe each loads (garbage collection, memory, profiles) and /proc.
import { readFileSync } from 'node:fs';

/**
 * Loaded into each server (node --require) by the benchmark, not part of the app: answers
 * commands on stdin, on stderr. `memory`: a full garbage collection, then process.memoryUsage()
 * (what the connections keep, without what the arrivals left to collect). `profile-start` and
 * `profile-stop PATH`: a CPU profile of just the phase in between (node:inspector in-process).
 * `heap-snapshot PATH`: what the heap holds (with --profile, once the listeners are connected).
 */
export const PROBE = `
// --require reaches worker threads too (PGlite runs in one): the probe lives in the main thread.
if (require('node:worker_threads').isMainThread) {
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');
let session;
const answer = (id, value) => process.stderr.write('BENCH ' + id + ' ' + JSON.stringify(value) + '\\n');
function run(id, command, arg) {
  if (command === 'memory') {
    global.gc();
    global.gc();
    return answer(id, process.memoryUsage());
  }
  if (command === 'profile-start') {
    session = new inspector.Session();
    session.connect();
    return session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 500 }, () =>
        session.post('Profiler.start', () => answer(id, {}))));
  }
  if (command === 'profile-stop') {
    return session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(arg, JSON.stringify(result.profile));
      session.disconnect();
      answer(id, { written: error ? 0 : 1 });
    });
  }
  if (command === 'heap-snapshot') {
    require('node:v8').writeHeapSnapshot(arg);
    return answer(id, {});
  }
  answer(id, { unknown: 1 });
}
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (rest + chunk).split('\\n');
  rest = lines.pop();
  for (const line of lines) {
    const [id, command, arg] = line.split(' ');
    run(id, command, arg);
  }
});
process.stdin.unref();
}
`;

/** Resident memory of a process in KB (Linux /proc), NaN when unknown. */
export function rssKb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  } catch {
    return Number.NaN;
  }
}

/** The machine's CPU time so far: busy and total jiffies over all cores (/proc/stat). */
export function machineCpu() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const total = f.reduce((a, b) => a + b, 0);
    const idle = (f[3] ?? 0) + (f[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}
