// Run only by watchdogs.test.ts: a test file that blocks its own thread for good.
import { it } from 'vitest';

it('never yields', () => {
  for (;;) {
    // Nothing: like WebAssembly stuck on the test's own thread.
  }
});
