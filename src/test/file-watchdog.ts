import { readdirSync, readFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * A hard limit per test file, enforced from Vitest's own process, outside the forks that run
 * the tests (ADR 17). Inside a fork the database watchdog already turns a stuck statement into
 * a failure within seconds, with the statements that led to it; this catches whatever else
 * could block a fork's thread, so a run fails in minutes, naming the file, instead of running
 * until CI's own time limit.
 */
// Test tooling is outside the app, so it may read the environment directly.
const LIMIT_MS = Number(process.env.TEST_FILE_LIMIT_MS ?? 240_000);

export default class FileWatchdog implements Reporter {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  // Queued is reported as a fork begins the file, before it imports it: a file stuck while
  // loading is caught too.
  onTestModuleQueued(testModule: TestModule) {
    const timer = setTimeout(() => this.expired(testModule.moduleId), LIMIT_MS);
    timer.unref();
    this.timers.set(testModule.moduleId, timer);
  }

  onTestModuleEnd(testModule: TestModule) {
    clearTimeout(this.timers.get(testModule.moduleId));
    this.timers.delete(testModule.moduleId);
  }

  onTestRunEnd() {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private expired(moduleId: string) {
    process.stderr.write(
      `\n[file watchdog] ${moduleId} ran for more than ${LIMIT_MS / 1000} s: ` +
        'ending the run. Its fork is killed; look above for "[database]" lines naming the ' +
        'statement it was running.\n',
    );
    // A fork stuck in a loop ignores polite signals and would outlive us: kill the whole tree.
    for (const pid of descendants(process.pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process.exit(1);
  }
}

/** Every process below `root`, from /proc (Linux, where CI runs); none elsewhere. */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (command) state ppid ...": the command may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}
