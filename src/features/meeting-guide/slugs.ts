import { cleanSlug } from './fields.js';

/** What a readable slug is made of. `externalId` stays the key a re-import matches on. */
export type SlugSource = { externalId: string; name: string; city?: string; days: number[] };

const DAY_WORDS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Room for the town, a day or two and the feed's id within cleanSlug's 100 characters. */
const NAME_LENGTH = 60;

/** "1234", "12-34", "#55": a feed's id with no word in it makes a meaningless address. */
export function isOpaque(externalId: string): boolean {
  return !/[a-z]/.test(cleanSlug(externalId));
}

function shorten(slug: string, length: number): string {
  if (slug.length <= length) return slug;
  const cut = slug.slice(0, length);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** "Tuesday Night Step Study" in Edmonton → "tuesday-night-step-study-edmonton". */
function nameAndPlace(source: SlugSource): string {
  const name = shorten(cleanSlug(source.name), NAME_LENGTH);
  const city = source.city ? cleanSlug(source.city) : '';
  // "Picton New Life Group" in Picton needs no second "picton".
  if (!city || `-${name}-`.includes(`-${city}-`)) return name;
  return `${name}-${shorten(city, 30)}`;
}

function sharedKeys(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const key of keys) (seen.has(key) ? shared : seen).add(key);
  return shared;
}

/**
 * The slug each record asks for. A feed's own slug is kept when it has words in it; an opaque
 * one is replaced by the meeting's name and town, then its days where several records share
 * those (one group meeting on Monday and Thursday is often two records), then the feed's id.
 * Each step depends only on the feed's content, not its order, so an unchanged feed asks for
 * the same slugs every time; and a listing that exists keeps the slug it was first given
 * (saveGroup matches imports by source and id), so links to it never break.
 */
export function wantedSlugs(sources: SlugSource[]): string[] {
  const opaque = sources.map((s) => isOpaque(s.externalId));
  let slugs = sources.map((s, i) => (opaque[i] ? nameAndPlace(s) : cleanSlug(s.externalId)));
  const suffixes: ((s: SlugSource) => string)[] = [
    (s) => s.days.map((day) => DAY_WORDS[day]).join('-'),
    (s) => cleanSlug(s.externalId),
  ];
  for (const suffix of suffixes) {
    const shared = sharedKeys(slugs);
    slugs = slugs.map((slug, i) => {
      const source = sources[i];
      const extra = source && opaque[i] && shared.has(slug) ? suffix(source) : '';
      return extra ? `${slug}-${extra}` : slug;
    });
  }
  return slugs;
}
