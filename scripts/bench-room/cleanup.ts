// Clean-up on every way out: the server processes killed, the benchmark's data removed.
import type { ChildProcess } from 'node:child_process';
import { log } from './options.js';

// ---------------------------------------------------------------------------------------------
// Clean-up: children killed and data removed on every way out (error, ctrl-c, normal end).

export const children = new Set<ChildProcess>();
export const cleanups: (() => Promise<void>)[] = [];
export const syncCleanups: (() => void)[] = [];
export let cleaning: Promise<void> | undefined;

export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    // Servers first (gently: a profile is written on the way out), then the data.
    for (const f of cleanups.splice(0).reverse()) {
      try {
        // A step that hangs must not keep the benchmark from ending.
        await Promise.race([
          f(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('a step took over 15 s; skipped')), 15_000).unref(),
          ),
        ]);
      } catch (error) {
        log(`clean-up: ${(error as Error).message}`);
      }
    }
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const f of syncCleanups.splice(0)) f();
  })();
  return cleaning;
}

process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const f of syncCleanups.splice(0)) {
    try {
      f();
    } catch {}
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the servers and removing the benchmark's data`);
    void cleanUp().finally(() => process.exit(130));
  });
}
