// Child process for dir-lock.test.ts: takes the lock on a directory, then either holds it
// ("hold", until killed) or lets go at once ("try"). Exit 3 when the directory is held.
import { DataDirLockedError, lockDataDir } from '../db/dir-lock.js';

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error('usage: dir-locker DIR hold|try');
try {
  const lock = lockDataDir(dir);
  process.stdout.write('locked\n');
  if (mode === 'hold') setInterval(() => {}, 1_000);
  else lock.release();
} catch (error) {
  if (error instanceof DataDirLockedError) {
    process.stdout.write(`${error.message}\n`);
    process.exit(3);
  }
  throw error;
}
