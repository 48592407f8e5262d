import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

import { dirname, join } from 'node:path';

/**
 * PGlite is a single-process database: two processes writing the same files would corrupt
 * them. Before PGlite opens a data directory we create `gatherwell.lock` with O_EXCL and our
 * pid. A lock whose pid is no longer alive (the owner crashed) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is in use by another Gatherwell process (pid ${pid}). ` +
        'The embedded database allows one process at a time: stop that process first, ' +
        'or point DATA_DIR at another directory. (If no such process exists, delete ' +
        `${join(dir, 'gatherwell.lock')}.)`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Directories this process holds: a lock with our own pid is ours only if listed here. */
const held = new Set<string>();

export type DirLock = { path: string; release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function lockDataDir(dir: string): DirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'gatherwell.lock');
  // The pid is written to a private file first and linked into place: link() fails if the lock
  // exists, and a lock that exists always holds a pid (never an empty, half-written file).
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(mine, path);
        let released = false;
        held.add(path);
        return {
          path,
          release() {
            if (released) return;
            released = true;
            held.delete(path);
            if (readPid(path) === process.pid) unlinkSync(path);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = readPid(path);
        // Our own pid in a lock we do not hold means a previous process had the same pid
        // (common in containers, where the server is often pid 1) and died.
        const ours = owner === process.pid;
        if (owner !== undefined && (ours ? held.has(path) : isAlive(owner))) {
          throw new DataDirLockedError(dir, owner);
        }
        takeOverStale(path, owner);
      }
    }
    throw new Error(`Could not take the lock on ${dir}; another process keeps replacing it.`);
  } finally {
    unlinkSync(mine);
  }
}

/**
 * Move a dead process's lock aside. rename() acts on whatever is at the path now, so check
 * that what we moved is the lock we judged stale; if another process took the lock in between,
 * put theirs back and report it as held.
 */
function takeOverStale(path: string, stalePid: number | undefined) {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readPid(aside);
  if (moved !== stalePid && moved !== undefined && isAlive(moved)) {
    try {
      linkSync(aside, path);
    } finally {
      unlinkSync(aside);
    }
    throw new DataDirLockedError(dirname(path), moved);
  }
  unlinkSync(aside);
}
