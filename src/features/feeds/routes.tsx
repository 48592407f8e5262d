import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { IANAZone } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { type Db, queryRows } from '../../db/client.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { rateLimit } from '../limits/rate-limit.js';
import { checkFeed } from './check.js';
import { FEED_MAX_BYTES, FeedFetchError, fetchFeed } from './fetch-feed.js';
import { feedCheckText } from './messages/index.js';
import {
  CheckForm,
  type CheckValues,
  type Comparison,
  FEED_CHECK_PATH,
  ReportView,
} from './views.js';

export { FEED_CHECK_PATH };

type Registered = { source_name: string; timezone: string; organisation_id: string; name: string };

/** The registered feed at this address, if any: only then is there something to compare with. */
async function registeredFeed(db: Db, url: string) {
  const [feed] = await queryRows<Registered>(
    db,
    sql`SELECT f.source_name, f.timezone, f.organisation_id, o.name
          FROM organisation_feeds f JOIN organisations o ON o.id = f.organisation_id
         WHERE f.url = ${url} LIMIT 1`,
  );
  return feed ?? null;
}

/**
 * The feed checker, open to anyone: a URL, pasted text or a file, checked and explained, with
 * what importing it would change when the URL is a registered feed. Nothing is saved.
 */
export function feedCheckRoutes() {
  const app = new Hono<AppEnv>();

  app.get(FEED_CHECK_PATH, (c) => {
    const m = feedCheckText(c.var.locale);
    return renderPage(c, { title: m.title }, <CheckForm m={m} />);
  });

  // Each check may fetch a URL and read 10 MB: a few a minute per client is plenty for people.
  app.post(
    FEED_CHECK_PATH,
    rateLimit({ bucket: 'feed-check.address', limit: 10, windowMs: 60_000 }),
    async (c) => {
      const m = feedCheckText(c.var.locale);
      const { deps } = c.var;
      const body = await c.req.parseBody();
      const values: CheckValues = {
        url: typeof body.url === 'string' ? body.url.trim() : '',
        paste: typeof body.paste === 'string' ? body.paste : '',
        timezone: typeof body.timezone === 'string' ? body.timezone.trim() : '',
      };
      const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
      const formError = (errors: FieldErrors, status: 400 | 422 = 400) =>
        renderPage(
          c,
          { title: m.title, status },
          // A pasted feed is not sent back: it can be megabytes, and the person still has it.
          <CheckForm m={m} errors={errors} values={{ ...values, paste: undefined }} />,
        );
      if (values.timezone && !IANAZone.isValidZone(values.timezone)) {
        return formError({ timezone: m.problems.timezone });
      }
      if (!file && !values.paste?.trim() && !values.url) {
        return formError({ url: m.problems.nothing });
      }
      if ((file?.size ?? 0) > FEED_MAX_BYTES || (values.paste?.length ?? 0) > FEED_MAX_BYTES) {
        return formError({ [file ? 'file' : 'paste']: m.problems.tooLarge });
      }

      let text: string;
      let registered: Registered | null = null;
      if (file) text = await file.text();
      else if (values.paste?.trim()) text = values.paste;
      else {
        try {
          const fetched = await fetchFeed(values.url!, {
            allowPrivateHosts: deps.config.feeds.allowPrivateHosts,
          });
          text = fetched.status === 200 ? fetched.body : '';
        } catch (error) {
          if (!(error instanceof FeedFetchError)) throw error;
          return formError({ url: m.problems.fetch(error.message) }, 422);
        }
        registered = await registeredFeed(deps.database.db, values.url!);
      }

      const report = await checkFeed(registered ? deps.database.db : null, text, {
        timezone: values.timezone || registered?.timezone,
        sourceName: registered?.source_name,
        organisationId: registered?.organisation_id,
      });
      const comparison: Comparison = registered ? { organisation: registered.name } : null;
      return renderPage(
        c,
        { title: m.result },
        <ReportView m={m} report={report} comparison={comparison} />,
      );
    },
  );

  return app;
}
