import {
  linkSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * PGlite is a single-process database: two processes writing the same files would corrupt
 * them. Before PGlite opens a data directory we create `gatherwell.lock` with O_EXCL, holding
 * our pid and where that pid means something: the PID namespace and the boot. The holder
 * touches the file every few seconds for as long as it lives.
 *
 * A lock is taken over only when its holder is surely gone: in our own PID namespace (same
 * boot), when its pid is no longer alive; from anywhere else (another container sharing the
 * volume, where the pid means nothing to us), when it is not touched while we watch it for
 * STALE_MS (watched, not compared with our clock, which may differ from the holder's).
 */
const HEARTBEAT_MS = 2_000;
const STALE_MS = 6_000;
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    elsewhere = false,
  ) {
    super(
      `The data directory ${dir} is in use by another Gatherwell process (pid ${pid}${elsewhere ? ', in another container or machine' : ''}). ` +
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

/** Where a pid is meaningful: this PID namespace, on this boot of this machine. */
function here(): string {
  try {
    const ns = readlinkSync('/proc/self/ns/pid');
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${ns} ${boot}`;
  } catch {
    // Not Linux: no namespaces to tell apart.
    return 'no-namespaces';
  }
}
const HERE = here();

type Holder = { pid: number; where: string | undefined; touchedAt: number };

function readHolder(path: string): Holder | undefined {
  try {
    const [pidLine = '', where] = readFileSync(path, 'utf8').split('\n');
    const pid = Number.parseInt(pidLine.trim(), 10);
    if (!Number.isFinite(pid)) return undefined;
    return { pid, where: where?.trim() || undefined, touchedAt: statSync(path).mtimeMs };
  } catch {
    return undefined;
  }
}

const readPid = (path: string) => readHolder(path)?.pid;

/** Wait synchronously (taking a lock happens once, before anything else runs). */
function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the holder is surely gone, so its lock may be taken over. */
function isStale(holder: Holder, path: string): boolean {
  // An older lock without a place, or one from here: its pid tells.
  if (holder.where === undefined || holder.where === HERE) return !isAlive(holder.pid);
  // From elsewhere the pid tells nothing, and the other machine's clock may differ from ours:
  // watch the lock for a while; a holder that is alive touches it in the meantime.
  sleep(STALE_MS);
  const later = readHolder(path);
  return !later || (later.pid === holder.pid && later.touchedAt === holder.touchedAt);
}

export function lockDataDir(dir: string): DirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'gatherwell.lock');
  // The pid is written to a private file first and linked into place: link() fails if the lock
  // exists, and a lock that exists always holds a pid (never an empty, half-written file).
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n${HERE}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(mine, path);
        let released = false;
        held.add(path);
        // The heartbeat that tells processes elsewhere we are still here, and checks that the
        // lock is still ours: a holder paused for longer than STALE_MS may have lost it, and
        // must then stop before it writes over another process's files.
        const heartbeat = setInterval(() => {
          const holder = readHolder(path);
          if (holder && (holder.pid !== process.pid || holder.where !== HERE)) {
            process.stderr.write(
              `gatherwell: the lock on ${dir} was taken over by another process; stopping.\n`,
            );
            process.exit(70);
          }
          try {
            const now = new Date();
            utimesSync(path, now, now);
          } catch {
            // Gone already (released, or the directory removed): nothing to keep alive.
          }
        }, HEARTBEAT_MS);
        heartbeat.unref();
        return {
          path,
          release() {
            if (released) return;
            released = true;
            clearInterval(heartbeat);
            held.delete(path);
            if (readPid(path) === process.pid) unlinkSync(path);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = readHolder(path);
        const owner = holder?.pid;
        const fromHere = holder?.where === undefined || holder.where === HERE;
        // Our own pid in a lock from here that we do not hold means a previous process had the
        // same pid (common in containers, where the server is often pid 1) and died.
        const ours = owner === process.pid && fromHere;
        if (holder && (ours ? held.has(path) : !isStale(holder, path))) {
          throw new DataDirLockedError(dir, holder.pid, !fromHere);
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
  const moved = readHolder(aside);
  if (moved && moved.pid !== stalePid && !isStale(moved, aside)) {
    try {
      linkSync(aside, path);
    } finally {
      unlinkSync(aside);
    }
    throw new DataDirLockedError(dirname(path), moved.pid, moved.where !== HERE);
  }
  unlinkSync(aside);
}
