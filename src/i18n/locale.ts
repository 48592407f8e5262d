import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';
import { LOCALE_COOKIE, type Locale, negotiateLocale, negotiateRegion } from './locales.js';

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

/** The locale of a request, for code that only has the context. */
export const localeOf = (c: Context) => (c.get('locale') as Locale | undefined) ?? 'en';

/** The request's country (see `negotiateRegion`). */
export const regionOf = (c: Context<AppEnv>): string | undefined =>
  negotiateRegion(c.req.header('accept-language'), c.var.deps.config.defaultLocale);
