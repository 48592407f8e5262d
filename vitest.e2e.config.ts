import { defineConfig } from 'vitest/config';

// Browser journeys and whole-process checks against the built server (`npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    reporters: ['default', './src/test/file-watchdog.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
