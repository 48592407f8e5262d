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
    // Each file gets its own database copy, so files run in parallel safely.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
