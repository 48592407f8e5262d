import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The two watchdogs of ADR 17, seen from outside as CI sees them: Vitest run on a test file
 * that gets stuck must end on its own, fail, and say where it was stuck.
 */
/**
 * How long a stuck run may take to be ended. What is stuck would take ten minutes (pg_sleep(600))
 * or forever; the run itself starts Vitest and a fresh embedded database, which on a loaded
 * 2-core machine (CI with the rest of the suite beside it) has taken up to 80 s. 110 s still
 * separates "ended by the watchdog" from "ran to the end", and two such runs stay inside this
 * file's own limit (the file watchdog's 240 s).
 */
const ENDED_WITHIN_MS = 110_000;

function runStuck(file: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const run = spawnSync('npx', ['vitest', 'run', file], {
    encoding: 'utf8',
    timeout: ENDED_WITHIN_MS + 60_000,
    env: {
      ...process.env,
      // The stuck database file is about the embedded database, whichever the suite runs on.
      TEST_DATABASE_URL: '',
      ...env,
      // Only the stuck files, whatever the surrounding run's filters.
      VITEST_STUCK_FILES: '1',
    },
  });
  return { ...run, ms: Date.now() - started, output: `${run.stdout}\n${run.stderr}` };
}

describe('watchdogs', () => {
  it(
    'fail a file whose database statement never returns, naming the statement',
    () => {
      const run = runStuck('database.stuck.ts');
      expect(run.status).toBe(1);
      expect(run.output).toContain('[database] a statement ran past 2000 ms');
      expect(run.output).toContain('stuck: SELECT pg_sleep(600)');
      expect(run.output).toContain("SELECT 'before the stuck one'");
      expect(run.ms).toBeLessThan(ENDED_WITHIN_MS);
    },
    ENDED_WITHIN_MS + 90_000,
  );

  it(
    'end the run when a file blocks its own thread, naming the file',
    () => {
      const run = runStuck('thread.stuck.ts', { TEST_FILE_LIMIT_MS: '3000' });
      expect(run.status).toBe(1);
      expect(run.output).toMatch(/\[file watchdog\] .*thread\.stuck\.ts ran for more than 3 s/);
      expect(run.ms).toBeLessThan(ENDED_WITHIN_MS);
    },
    ENDED_WITHIN_MS + 90_000,
  );
});
