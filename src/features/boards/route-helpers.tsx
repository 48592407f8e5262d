import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { wakeWorkers } from '../jobs/queue.js';
import { windowLimit } from '../limits/limits.js';
import { tooManyRequests } from '../limits/rate-limit.js';
import type { RaisedAlert } from '../safety/alerts.js';
import { renderSupportCard } from '../safety/card.js';
import { dateTimeFor } from '../zones/zone.js';
import type { Board } from './guard.js';
import { boardText } from './messages/index.js';
import { canPostOnBoard } from './policies.js';
import type { Ctx } from './post-views.js';
import { BoardWriteError } from './posting.js';

/** What the board's route files share: paths, the page context, the limit, write outcomes. */

export const BOARD = `/groups/:slug{${SLUG}}/board`;
export const UUID = '[0-9a-f-]{36}';
/** Ten posts a minute is more than anyone writes by hand; a script is stopped. */
export const POSTS_PER_PERSON = windowLimit('board.post', 10, 60_000);

export function ctxOf(c: Context<AppEnv>, b: Board): Ctx {
  return {
    t: boardText(c.var.locale),
    locale: c.var.locale,
    slug: b.access.slug,
    leads: b.leads,
    canPost: canPostOnBoard(b.viewer, b.access, b.standing),
    fmt: dateTimeFor(c),
  };
}

/** After a write: the support card when the words were flagged, else back to the post. */
export function afterWrite(
  c: Context<AppEnv>,
  b: Board,
  safety: RaisedAlert | null,
  held: boolean,
  next: string,
) {
  if (safety) {
    wakeWorkers();
    return renderSupportCard(c, {
      level: safety.level,
      told: safety.told,
      group: { name: b.access.name, slug: b.access.slug },
      sent: 'message',
      held,
      next,
    });
  }
  wakeWorkers();
  return c.redirect(next, 303);
}

export async function limitPosts(c: Context<AppEnv>, b: Board) {
  const { retryAfter } = await c.var.deps.limits.attempt(POSTS_PER_PERSON, b.viewer.id);
  if (retryAfter !== undefined)
    throw tooManyRequests(retryAfter, boardText(c.var.locale).errors.tooFast(retryAfter));
}

export function writeRefusal(c: Context<AppEnv>, e: unknown): never {
  if (!(e instanceof BoardWriteError)) throw e;
  const t = boardText(c.var.locale).errors;
  const status = e.reason === 'gone' ? 404 : e.reason === 'slow' ? 429 : 409;
  const message =
    e.reason === 'gone'
      ? t.postGone
      : e.reason === 'slow'
        ? t.slow(e.minutes)
        : e.reason === 'notYours'
          ? t.notYours
          : e.reason === 'tooLate'
            ? t.tooLate
            : e.reason === 'locked'
              ? t.locked
              : t.closed;
  throw new HTTPException(e.reason === 'notYours' ? 403 : status, { message });
}
