import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app-env.js';
import { DatabaseUnavailableError } from '../db/client.js';
import { localeOf } from '../i18n/locale.js';
import { loggableError } from '../lib/loggable-error.js';
import { shellText } from '../views/messages/index.js';
import { renderPage } from '../views/page.js';

/**
 * The one error path. Guards throw HTTPException with a message fit for a person (in the
 * request's language); anything else is a bug, logged with its stack and shown as a plain 500
 * with the request id, never the stack or SQL.
 */
function isApi(c: Context) {
  return c.req.path === '/api' || c.req.path.startsWith('/api/');
}

function respond(c: Context<AppEnv>, status: ContentfulStatusCode, message: string) {
  const requestId = c.var.requestId;
  c.header('Cache-Control', 'no-store');
  if (isApi(c)) {
    return c.json({ error: { status, message }, requestId }, status);
  }
  const t = shellText(localeOf(c)).errors;
  const title = t.titles[status] ?? t.titles[500]!;
  return renderPage(
    c,
    { title, status },
    <section class="error-page">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">{t.home}</a>. {t.talkNow} <a href="/crisis">{t.crisisLink}</a> {t.alwaysThere}
      </p>
      {status >= 500 ? (
        <p class="muted">
          {t.reference} <code>{requestId}</code>
        </p>
      ) : null}
    </section>,
  );
}

export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof HTTPException) {
    const res = error.getResponse();
    // Keep headers a guard set on purpose, such as Retry-After or Allow.
    for (const name of ['retry-after', 'allow', 'www-authenticate']) {
      const value = res.headers.get(name);
      if (value) c.header(name, value);
    }
    const status = error.status as ContentfulStatusCode;
    const t = shellText(localeOf(c)).errors;
    return respond(c, status, error.message || t.titles[status] || t.failed);
  }
  if (isDatabaseUnavailable(error)) {
    // The database thread was stuck and is being reopened (ADR 17): worth a retry, not a bug.
    c.var.deps.logger.warn({ requestId: c.var.requestId }, 'database unavailable');
    c.header('Retry-After', '30');
    return respond(c, 503, shellText(localeOf(c)).errors.unavailable);
  }
  c.var.deps.logger.error(
    { err: loggableError(error), requestId: c.var.requestId },
    'unhandled error',
  );
  return respond(c, 500, shellText(localeOf(c)).errors.crashed);
};

/** Drizzle wraps a driver's error in its own, with the original as `cause`. */
function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
  }
  return false;
}

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  respond(c, 404, shellText(localeOf(c)).errors.notFound);
