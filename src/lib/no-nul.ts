import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

/**
 * A NUL character has no place in a URL or a form field, and PostgreSQL refuses it in text
 * ("invalid byte sequence"), which would surface as a 500. Refused here, once, with a 400.
 */
const hasNul = (text: string) => text.includes('\u0000') || /%00/i.test(text);

export function refuseNul(): MiddlewareHandler {
  return async (c, next) => {
    let bad = hasNul(c.req.url);
    const type = c.req.header('content-type') ?? '';
    if (
      !bad &&
      c.req.method === 'POST' &&
      (type.startsWith('application/x-www-form-urlencoded') ||
        type.startsWith('multipart/form-data'))
    ) {
      // Parsed once: routes read the same parsed body from Hono's cache.
      const body = await c.req.parseBody({ all: true });
      bad = Object.entries(body).some(([key, value]) =>
        [key, ...[value].flat()].some((v) => typeof v === 'string' && v.includes('\u0000')),
      );
    }
    if (bad) throw new HTTPException(400);
    await next();
  };
}
