import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt's cost (N) for every real account: better-auth's own choice (N 2^14, r 16, p 1, 64 bytes),
 * about 150 ms of one core here. Hashes made with it are stored as better-auth stores them
 * ("salt:key"), so accounts made before this module existed still sign in.
 */
export const STANDARD_PASSWORD_WORK = 2 ** 14;
/**
 * The test suite's cost (auth.ts uses it only when config says NODE_ENV is test): the same algorithm with
 * a sixteenth of the work, because the suite signs people up and in some thousand times and
 * scrypt was a fifth of its CPU (issue 14, ADR 26).
 */
export const TEST_PASSWORD_WORK = 2 ** 10;

const R = 16;
const KEY_BYTES = 64;

function derive(password: string, salt: string, work: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_BYTES,
      { N: work, r: R, p: 1, maxmem: 128 * work * R * 2 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** The cost a stored hash names ("salt:key:N"), or the standard one when it names none. */
function workOf(part: string | undefined): number | null {
  if (part === undefined) return STANDARD_PASSWORD_WORK;
  const work = Number(part);
  // Only powers of two that scrypt accepts and that are not absurd in either direction.
  return Number.isInteger(work) && work >= 2 ** 10 && work <= 2 ** 20 && (work & (work - 1)) === 0
    ? work
    : null;
}

/** better-auth's `emailAndPassword.password` pair, hashing with the given scrypt cost. */
export function passwordHasher(work: number) {
  return {
    async hash(password: string): Promise<string> {
      const salt = randomBytes(16).toString('hex');
      const key = (await derive(password, salt, work)).toString('hex');
      return work === STANDARD_PASSWORD_WORK ? `${salt}:${key}` : `${salt}:${key}:${work}`;
    },
    async verify({ hash, password }: { hash: string; password: string }): Promise<boolean> {
      const [salt, key, named, ...rest] = hash.split(':');
      const cost = workOf(named);
      if (!salt || !key || cost === null || rest.length > 0) return false;
      const expected = Buffer.from(key, 'hex');
      if (expected.length !== KEY_BYTES) return false;
      return timingSafeEqual(await derive(password, salt, cost), expected);
    },
  };
}
