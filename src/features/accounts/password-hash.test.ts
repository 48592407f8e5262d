import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { passwordHasher, STANDARD_PASSWORD_WORK, TEST_PASSWORD_WORK } from './password-hash.js';

const PASSWORD = 'harbour lantern meadow 7';

describe('password hashes', () => {
  it('reads and writes better-auth’s own format at the standard cost', async () => {
    const standard = passwordHasher(STANDARD_PASSWORD_WORK);
    const made = await hashPassword(PASSWORD);
    expect(await standard.verify({ hash: made, password: PASSWORD })).toBe(true);
    expect(await standard.verify({ hash: made, password: `${PASSWORD}!` })).toBe(false);
    const ours = await standard.hash(PASSWORD);
    expect(ours.split(':')).toHaveLength(2);
    expect(ours.split(':')[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(await verifyPassword({ hash: ours, password: PASSWORD })).toBe(true);
  });

  it('names a lighter cost in the hash, and any cost verifies what it made', async () => {
    const light = passwordHasher(TEST_PASSWORD_WORK);
    const hash = await light.hash(PASSWORD);
    expect(hash.endsWith(`:${TEST_PASSWORD_WORK}`)).toBe(true);
    expect(await passwordHasher(STANDARD_PASSWORD_WORK).verify({ hash, password: PASSWORD })).toBe(
      true,
    );
    expect(await light.verify({ hash, password: 'harbour lantern meadow 8' })).toBe(false);
  });

  it('refuses malformed hashes and absurd costs instead of throwing', async () => {
    const light = passwordHasher(TEST_PASSWORD_WORK);
    const [salt, key] = (await light.hash(PASSWORD)).split(':');
    for (const hash of [
      '',
      'abc',
      `${salt}:${key}:3`,
      `${salt}:${key}:1000`,
      `${salt}:${key}:${2 ** 24}`,
      `${salt}:${key}:1024:x`,
      `${salt}:abcd:1024`,
    ]) {
      expect(await light.verify({ hash, password: PASSWORD })).toBe(false);
    }
  });

  it('uses the standard cost everywhere but the test suite', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).auth.lightPasswordHashing).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).auth.lightPasswordHashing).toBe(true);
  });
});
