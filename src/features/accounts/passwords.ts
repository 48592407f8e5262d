import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The 49,000 most common passwords from public breach compilations (shipped offline by
 * @zxcvbn-ts/language-common), lower-cased: checking never leaves the machine.
 */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal' | 'repetitive';

/**
 * Why a new password is refused, or null when it is acceptable. Beyond length: common and
 * breached passwords (also with a number or "!" stuck on the end), a password that is the
 * person's own address or name, and a single repeated character or keyboard run.
 */
export function passwordProblem(
  password: string,
  personal: { email?: string; name?: string } = {},
): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d!@#$%^&*.?_-]+$/, '');
  if (COMMON.has(lower) || (stripped.length >= 4 && COMMON.has(stripped))) return 'common';
  const own = [
    personal.email?.toLowerCase(),
    personal.email?.split('@')[0]?.toLowerCase(),
    personal.name?.toLowerCase(),
  ].filter((s): s is string => !!s && s.length >= 4);
  if (own.some((s) => lower === s || stripped === s)) return 'personal';
  if (new Set(lower).size <= 2) return 'repetitive';
  return null;
}
