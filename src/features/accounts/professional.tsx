import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { professionalProfiles } from '../../db/schema/index.js';
import type { Locale } from '../../i18n/locales.js';
import { codes, TECHNIQUES } from '../../shared/taxonomy/index.js';
import { professionalText } from './messages/index.js';
import { professionalStanding } from './viewer.js';

/**
 * Professional verification: the licence types we know by name, the form's schema, the
 * submit command, and the badge a verified professional's groups will show.
 */

/** Known licence types (stored as these codes); anything else is "other" with its own name. */
export const LICENCE_TYPES = [
  'LCSW',
  'LPC',
  'LMFT',
  'LMHC',
  'psychologist',
  'psychiatrist',
] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];
export const OTHER_LICENCE = 'other' as const;

export const isKnownLicence = (value: string): value is LicenceType =>
  (LICENCE_TYPES as readonly string[]).includes(value);

export const MAX_BIO = 600;
/** A licence valid for longer than this is almost certainly a typing mistake. */
const MAX_YEARS_AHEAD = 25;

const today = () => new Date().toISOString().slice(0, 10);
const printable = (s: string) => !/\p{Cc}/u.test(s);

const line = (min: number, max: number, code: string) =>
  z.string({ error: code }).trim().min(min, code).max(max, code).refine(printable, code);

/**
 * The profile form. Messages are codes the page looks up in its catalogue. Modalities come
 * from the directory's techniques, so a verified professional's groups can use the same words.
 */
export const professionalForm = z
  .object({
    licenceType: z.enum([...LICENCE_TYPES, OTHER_LICENCE], { error: 'licenceType' }),
    licenceOther: z.string().trim().max(80, 'licenceOther').optional().default(''),
    licenceNumber: line(1, 40, 'licenceNumber'),
    jurisdiction: line(2, 100, 'jurisdiction'),
    expiresOn: z.iso
      .date({ error: 'expiresOn' })
      .refine((d) => d > today(), 'expiresPast')
      .refine(
        (d) => Number(d.slice(0, 4)) <= new Date().getUTCFullYear() + MAX_YEARS_AHEAD,
        'expiresOn',
      ),
    modalities: z
      .array(z.enum(codes(TECHNIQUES) as [string, ...string[]], { error: 'modalities' }))
      .max(Object.keys(TECHNIQUES).length, 'modalities')
      .default([]),
    bio: z.string().trim().max(MAX_BIO, 'bio').refine(printableText, 'bio').default(''),
  })
  .superRefine((form, ctx) => {
    if (form.licenceType !== OTHER_LICENCE) return;
    const other = form.licenceOther;
    if (other.length < 2 || !printable(other)) {
      ctx.addIssue({ code: 'custom', path: ['licenceOther'], message: 'licenceOther' });
    }
  });
export type ProfessionalForm = z.infer<typeof professionalForm>;

/** Line breaks are welcome in a bio; other control characters are not. */
function printableText(s: string) {
  return !/[^\P{Cc}\n\r\t]/u.test(s);
}

/** The form's body as the schema expects it: one value may arrive as a string, several as a list. */
export function professionalFormInput(body: Record<string, string | File | (string | File)[]>) {
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  return {
    licenceType: one(body.licenceType),
    licenceOther: one(body.licenceOther),
    licenceNumber: one(body.licenceNumber),
    jurisdiction: one(body.jurisdiction),
    expiresOn: one(body.expiresOn),
    modalities: list(body.modalities),
    bio: one(body.bio),
  };
}

export type ProfessionalProfile = {
  licenceType: string;
  licenceNumber: string;
  jurisdiction: string;
  expiresOn: string;
  modalities: string[];
  bio: string;
  status: 'pending' | 'verified' | 'declined';
  decisionReason: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
};

/** The columns of a profile that pages and exports show (the decider's id stays internal). */
export const profileColumns = {
  licenceType: professionalProfiles.licenceType,
  licenceNumber: professionalProfiles.licenceNumber,
  jurisdiction: professionalProfiles.jurisdiction,
  expiresOn: professionalProfiles.expiresOn,
  modalities: professionalProfiles.modalities,
  bio: professionalProfiles.bio,
  status: professionalProfiles.status,
  decisionReason: professionalProfiles.decisionReason,
  submittedAt: professionalProfiles.submittedAt,
  decidedAt: professionalProfiles.decidedAt,
};

export async function professionalProfileOf(
  db: Db,
  userId: string,
): Promise<ProfessionalProfile | null> {
  const [row] = await db
    .select(profileColumns)
    .from(professionalProfiles)
    .where(eq(professionalProfiles.userId, userId));
  return row ?? null;
}

/**
 * Submit (or resubmit) a profile: whatever was decided before is cleared and the profile
 * waits in the administrators' queue again.
 */
export async function submitProfessionalProfile(db: Db, userId: string, form: ProfessionalForm) {
  const values = {
    licenceType: form.licenceType === OTHER_LICENCE ? form.licenceOther : form.licenceType,
    licenceNumber: form.licenceNumber,
    jurisdiction: form.jurisdiction,
    expiresOn: form.expiresOn,
    modalities: [...new Set(form.modalities)],
    bio: form.bio,
    status: 'pending' as const,
    decisionReason: null,
    submittedAt: sql`now()`,
    decidedAt: null,
    decidedBy: null,
  };
  await db
    .insert(professionalProfiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: professionalProfiles.userId, set: values });
}

/** Whether a profile earns the badge today: verified, and the licence has not expired. */
export function isVerifiedNow(
  profile: { status: string; expiresOn: string } | null | undefined,
  on?: string,
): boolean {
  return professionalStanding(profile, on) === 'verified';
}

/**
 * "Verified professional", for a group led by someone whose licence is verified and current.
 * Renders nothing otherwise, so callers can pass any leader's profile.
 */
export function VerifiedBadge({
  profile,
  locale = 'en',
}: {
  profile: { status: string; expiresOn: string } | null | undefined;
  locale?: Locale;
}) {
  if (!isVerifiedNow(profile)) return null;
  return (
    <p class="badge badge--therapy badge--verified">
      <span aria-hidden="true">✓ </span>
      {professionalText(locale).badge}
    </p>
  );
}
