import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The stuck files exist for src/test/watchdogs.test.ts, which runs them on their own.
    include: process.env.VITEST_STUCK_FILES
      ? ['src/test/stuck/*.stuck.ts']
      : ['src/**/*.test.{ts,tsx}'],
    globalSetup: ['src/test/global-setup.ts'],
    // A hard limit per file, from outside the forks (ADR 17), beside the usual report.
    reporters: ['default', './src/test/file-watchdog.ts'],
    // Each file gets a clean database of its own (shared in turn within a fork with PGlite, ADR 26),
    // so files run in parallel safely.
    pool: 'forks',
    // Vitest's default is one fork fewer than the cores (a single fork on a 2-core machine), which ran
    // the files one after another. Most files spend much of their time waiting (on the database
    // thread, a child process, a watchdog's timer), so four forks keep two cores busy. Each fork
    // holds about 0.6 GB; override with VITEST_MAX_WORKERS.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 4),
    // A fork runs file after file without loading the modules again: importing the app and
    // compiling PGlite's WebAssembly once per fork rather than once per file saved four minutes
    // of CPU a run (issue 14). Each file still builds its own app on its own database copy, and
    // module state is either per database (the search index's listeners) or read-only.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
