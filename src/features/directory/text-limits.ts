import type { GroupInput } from './model.js';

/**
 * How long each piece of a listing may be, and which characters it may hold: one table for the
 * leaders' form, the feed imports and saveGroup itself, so a listing that the form would refuse
 * cannot arrive by another door (a feed with a 200,000-character note, or control characters
 * that a terminal or a screen reader would act on).
 */
export const LISTING_LIMITS = {
  name: 120,
  summary: 300,
  description: 5000,
  venue: 120,
  address: 200,
  postalCode: 12,
  city: 80,
  region: 60,
  locationNotes: 500,
  onlineNotes: 500,
  onlinePhone: 40,
  url: 500,
  organisation: 120,
  firstVisit: 1000,
  leaderName: 80,
  credentials: 120,
} as const;

/** Control characters other than line breaks and tabs. */
export const CONTROL = /[^\P{Cc}\n\r\t]/u;
/** Single-line fields refuse line breaks too. */
const LINE_BREAK = /[\n\r]/;

export type TextProblem = { field: string; problem: 'too_long' | 'control_characters' };

/** What in this listing breaks the limits (empty when nothing does). */
export function listingTextProblems(input: GroupInput): TextProblem[] {
  const problems: TextProblem[] = [];
  const check = (field: string, value: string | undefined, max: number, multiline: boolean) => {
    if (value === undefined) return;
    if (value.length > max) problems.push({ field, problem: 'too_long' });
    else if (CONTROL.test(value) || (!multiline && LINE_BREAK.test(value))) {
      problems.push({ field, problem: 'control_characters' });
    }
  };
  const L = LISTING_LIMITS;
  check('name', input.name, L.name, false);
  check('summary', input.summary, L.summary, false);
  check('description', input.description, L.description, true);
  check('venue', input.location?.venue, L.venue, false);
  check('address', input.location?.address, L.address, false);
  check('postalCode', input.location?.postalCode, L.postalCode, false);
  check('city', input.location?.city, L.city, false);
  check('region', input.location?.region, L.region, false);
  check('locationNotes', input.location?.notes, L.locationNotes, true);
  check('onlineUrl', input.online?.url, L.url, false);
  check('onlinePhone', input.online?.phone, L.onlinePhone, false);
  check('onlineNotes', input.online?.notes, L.onlineNotes, true);
  check('organisation', input.organisation?.name, L.organisation, false);
  check('organisationUrl', input.organisation?.url, L.url, false);
  check('firstVisit', input.firstVisit, L.firstVisit, true);
  for (const leader of input.leaders) {
    check('leaders', leader.displayName, L.leaderName, false);
    check('leaders', leader.credentials, L.credentials, false);
  }
  return problems;
}
