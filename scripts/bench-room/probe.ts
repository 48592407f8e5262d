// Measuring the servers: the probe each loads (garbage collection, memory, profiles) and /proc.
import { readFileSync } from 'node:fs';

/** What the probe answers `memory` and `heap` with: process.memoryUsage() and the details. */
export type Usage = NodeJS.MemoryUsage & {
  /** V8's heap by space (bytes): committed (resident at most), used. */
  spaces: Record<string, { committed: number; size: number; used: number }>;
  /** Resident KB by mapping: malloc's main heap, other anonymous, files, the main stack. */
  mappings: { heap: number; anon: number; file: number; stack: number };
};

/**
 * Loaded into each server (node --require) by the benchmark, not part of the app: answers
 * commands on stdin, on stderr. `memory`: a full garbage collection, then (a second later, once
 * V8 has given the emptied pages back, and after another) process.memoryUsage() with V8's spaces
 * and the mappings (Usage: what the connections keep, without what the arrivals left to collect).
 * `heap`: the same without the collection (what the raw RSS holds).
 * `profile-start` and `profile-stop PATH`: a CPU profile of just the phase in between (node:inspector in-process),
 * and beside it (.heapprofile) a sampling of what the phase allocated, garbage included.
 * `heap-snapshot PATH`: what the heap holds (with --profile, once the listeners are connected).
 */
export const PROBE = `
// --require reaches worker threads too (PGlite runs in one): the probe lives in the main thread.
if (require('node:worker_threads').isMainThread) {
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');
let session;
const answer = (id, value) => process.stderr.write('BENCH ' + id + ' ' + JSON.stringify(value) + '\\n');
// V8's heap space by space (new, old, code, large objects…): committed (what RSS can hold) and
// used, in bytes; and the process's resident KB by kind of mapping (/proc/self/smaps): malloc's
// main heap ([heap]), other anonymous memory (V8's pages, the worker threads' malloc arenas),
// files (node and its libraries), the main stack. Where RSS grows that heapUsed does not.
function spaces() {
  const out = {};
  for (const s of require('node:v8').getHeapSpaceStatistics()) {
    out[s.space_name] = { committed: s.physical_space_size, size: s.space_size, used: s.space_used_size };
  }
  return out;
}
function mappings() {
  const out = { heap: 0, anon: 0, file: 0, stack: 0 };
  try {
    let kind = 'anon';
    for (const line of require('node:fs').readFileSync('/proc/self/smaps', 'utf8').split('\\n')) {
      const head = /^[0-9a-f]+-[0-9a-f]+ \\S+ \\S+ \\S+ (\\d+)\\s*(.*)$/.exec(line);
      if (head) {
        const name = head[2];
        kind = name === '[heap]' ? 'heap' : name.startsWith('[stack') ? 'stack' : name.startsWith('/') ? 'file' : 'anon';
        continue;
      }
      const rss = /^Rss:\\s+(\\d+) kB/.exec(line);
      if (rss) out[kind] += Number(rss[1]);
    }
  } catch {}
  return out;
}
const usage = () => ({ ...process.memoryUsage(), spaces: spaces(), mappings: mappings() });
function run(id, command, arg) {
  if (command === 'memory') {
    global.gc();
    global.gc();
    // V8 gives the pages a collection emptied back to the system from a background task: read
    // once it has (a reading at once still counts most of them).
    return setTimeout(() => {
      global.gc();
      answer(id, usage());
    }, 1000);
  }
  // As it is, without a collection first: what the raw RSS figure holds.
  if (command === 'heap') return answer(id, usage());
  if (command === 'profile-start') {
    session = new inspector.Session();
    session.connect();
    return session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 500 }, () =>
        session.post('Profiler.start', () =>
          // And what the phase allocates, garbage included (what a burst leaves in old space).
          session.post('HeapProfiler.startSampling', {
            samplingInterval: 16384,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          }, () => answer(id, {})))));
  }
  if (command === 'profile-stop') {
    return session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(arg, JSON.stringify(result.profile));
      session.post('HeapProfiler.stopSampling', (e2, sampled) => {
        if (!e2) writeFileSync(arg.replace(/\\.cpuprofile$/, '.heapprofile'), JSON.stringify(sampled.profile));
        session.disconnect();
        answer(id, { written: error ? 0 : 1 });
      });
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
