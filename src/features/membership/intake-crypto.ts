import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Intake answers are health information written for one therapist. They are sealed with
 * AES-256-GCM under INTAKE_KEY before they reach the database, so a copy of the database (a
 * backup, a dump, a curious query) holds only ciphertext. The membership id is bound in as
 * associated data: a sealed answer copied onto another application does not open.
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
export type IntakeAnswers = Record<string, string | string[]>;

const VERSION = 'v1';

export function sealIntake(key: Buffer, membershipId: string, answers: IntakeAnswers): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(membershipId));
  const body = Buffer.concat([cipher.update(JSON.stringify(answers), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return [VERSION, ...parts].join('.');
}

/** Opens sealed answers; throws when the key, the membership or the bytes are wrong. */
export function openIntake(key: Buffer, membershipId: string, sealed: string): IntakeAnswers {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) {
    throw new Error('intake answers are not in a known sealed form');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(membershipId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const text = Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(text) as IntakeAnswers;
}
