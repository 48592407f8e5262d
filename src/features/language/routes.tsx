import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { users } from '../../db/schema/index.js';
import { isLocale, LOCALE_COOKIE, type Locale } from '../../i18n/locales.js';
import { isHttpsRequest } from '../../lib/public-origin.js';
import { safeLocalPath } from '../../lib/safe-redirect.js';
import { shellText } from '../../views/messages/index.js';

const YEAR_SECONDS = 31_536_000;

/** Remember a language choice in this browser for a year. */
export function rememberLocale(c: Context<AppEnv>, lang: Locale) {
  setCookie(c, LOCALE_COOKIE, lang, {
    path: '/',
    maxAge: YEAR_SECONDS,
    sameSite: 'Lax',
    httpOnly: true,
    secure: isHttpsRequest(c),
  });
}

/**
 * The language switcher's target: remember the choice for a year (and in the profile of a
 * signed-in person, so it follows them to other devices) and go back.
 */
export function languageRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/language', async (c) => {
    const body = await c.req.parseBody();
    const lang = body.lang;
    if (!isLocale(lang)) {
      throw new HTTPException(400, { message: shellText(c.var.locale).badLanguage });
    }
    rememberLocale(c, lang);
    const viewer = c.var.viewer;
    if (viewer) {
      await c.var.deps.database.db
        .update(users)
        .set({ locale: lang })
        .where(eq(users.id, viewer.id));
    }
    return c.redirect(safeLocalPath(body.next) ?? '/', 303);
  });
  return app;
}
