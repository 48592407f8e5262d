/**
 * Pure language and country negotiation, with no request in sight (the middleware and
 * context helpers are in locale.ts).
 */

/**
 * The languages the interface speaks. Every user-facing string lives in a feature's message
 * catalogue (see `defineMessages` in catalogue.ts); views pick the catalogue for `c.var.locale`.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = 'gw_lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The viewer's language: an explicit choice (cookie) first, then the browser's
 * Accept-Language in its order of preference, then the site's default.
 */
export function negotiateLocale(
  chosen: string | undefined,
  acceptLanguage: string | undefined,
  fallback: Locale,
): Locale {
  if (isLocale(chosen)) return chosen;
  return (
    rankedTags(acceptLanguage)
      .map((tag) => tag.toLowerCase().split('-')[0])
      .find(isLocale) ?? fallback
  );
}

/** The tags of an Accept-Language header, most wanted first; q=0 means "not this one". */
function rankedTags(acceptLanguage: string | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.trim(), q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((w) => w.tag);
}

/**
 * The viewer's country, for crisis lines and distance units: the first region subtag in
 * Accept-Language (es-MX -> MX), else the site default's (en-US -> US). Numeric regions such as
 * es-419 name no country and are skipped. Undefined when neither says.
 */
export function negotiateRegion(
  acceptLanguage: string | undefined,
  defaultLocale: string,
): string | undefined {
  for (const tag of rankedTags(acceptLanguage)) {
    const region = tag.split('-').find((sub, i) => i > 0 && /^[A-Za-z]{2}$/.test(sub));
    if (region) return region.toUpperCase();
  }
  const fallback = defaultLocale.split('-')[1];
  return fallback && /^[A-Za-z]{2}$/.test(fallback) ? fallback.toUpperCase() : undefined;
}

/** A BCP 47 tag for Intl: the page's language with the viewer's country when known. */
export function intlLocale(locale: Locale, region?: string): string {
  if (!region) return locale === 'en' ? 'en-US' : 'es-419';
  return `${locale}-${region}`;
}
