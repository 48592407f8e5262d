import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';

/**
 * The languages the interface speaks. Every user-facing string lives in a feature's message
 * catalogue (see `defineMessages`); views pick the catalogue for `c.var.locale`.
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

/** Sets `c.var.locale` for every request. */
export function localeMiddleware(fallback: Locale): MiddlewareHandler {
  return async (c, next) => {
    c.set(
      'locale',
      negotiateLocale(getCookie(c, LOCALE_COOKIE), c.req.header('accept-language'), fallback),
    );
    // Pages differ by language, so shared caches must key on what decided it.
    c.header('Vary', 'Accept-Language, Cookie', { append: true });
    await next();
  };
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string
    ? string
    : T[K] extends (...args: never[]) => unknown
      ? T[K]
      : DeepPartial<T[K]>;
};

/**
 * A feature's message catalogue. English is complete by type; another language may leave
 * keys out while a translation is under way, and those fall back to English.
 */
export function defineMessages<T extends Record<string, unknown>>(catalogue: {
  en: T;
  es: DeepPartial<T>;
}): (locale: Locale) => T {
  const merged: Record<Locale, T> = {
    en: catalogue.en,
    es: mergeDeep(catalogue.en, catalogue.es) as T,
  };
  return (locale) => merged[locale];
}

function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const b = base[key];
    out[key] =
      value && typeof value === 'object' && b && typeof b === 'object' && !Array.isArray(value)
        ? mergeDeep(b as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/** The locale of a request, for code that only has the context. */
export const localeOf = (c: Context) => (c.get('locale') as Locale | undefined) ?? 'en';

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

/** The request's country (see `negotiateRegion`). */
export const regionOf = (c: Context<AppEnv>): string | undefined =>
  negotiateRegion(c.req.header('accept-language'), c.var.deps.config.defaultLocale);

/** A BCP 47 tag for Intl: the page's language with the viewer's country when known. */
export function intlLocale(locale: Locale, region?: string): string {
  if (!region) return locale === 'en' ? 'en-US' : 'es-419';
  return `${locale}-${region}`;
}
