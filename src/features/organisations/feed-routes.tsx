import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { checkFeed } from '../feeds/check.js';
import {
  type FeedSettings,
  FeedSetupError,
  feedsOf,
  listRuns,
  registerFeed,
  removeFeed,
  updateFeed,
} from '../feeds/commands.js';
import { FeedFetchError, fetchFeed } from '../feeds/fetch-feed.js';
import { feedCheckText } from '../feeds/messages/index.js';
import { decideHeldRun, HeldRunError } from '../feeds/run-feed.js';
import { queueFeedRun } from '../feeds/schedule.js';
import { ReportView } from '../feeds/views.js';
import { dateTimeFor } from '../zones/zone.js';
import type { OrgAccess } from './access.js';
import { orgAccess, requireOrg } from './guard.js';
import { type OrgText, orgText } from './messages/index.js';
import { canEditOrganisation } from './policies.js';
import { isRunOf } from './queries.js';
import { EditFeedPage, FeedsPage, FeedsSummary, type FeedValues } from './views/feeds.js';

/**
 * An organisation's managed Meeting Guide feeds, for its owners and editors: register one, check
 * it against what is published (changing nothing), fetch it now, change or remove it, and
 * confirm or discard a run held because it would remove too much. The engine is features/feeds.
 */

type Done = keyof OrgText['feeds']['notices'];
const SLUG = '{[a-z0-9-]{1,80}}';
const ID = '{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}';
const DEFAULTS: FeedValues = { url: '', timezone: '', removalLimitPercent: '20', everyHours: '24' };

const valuesOf = async (c: Context<AppEnv>): Promise<FeedValues> => {
  const body = await c.req.parseBody();
  const s = (k: keyof FeedValues) => String(body[k] ?? '').trim();
  return {
    url: s('url'),
    timezone: s('timezone'),
    removalLimitPercent: s('removalLimitPercent'),
    everyHours: s('everyHours'),
  };
};
const settingsOf = (v: FeedValues): FeedSettings => ({
  url: v.url,
  timezone: v.timezone,
  removalLimitPercent: v.removalLimitPercent === '' ? Number.NaN : Number(v.removalLimitPercent),
  everyHours: v.everyHours === '' ? Number.NaN : Number(v.everyHours),
});
/** The engine's refusal as a field error in the reader's language. */
const fieldError = (t: OrgText, error: FeedSetupError): FieldErrors => ({
  [error.field ?? 'url']: error.field ? t.feeds.errors[error.field] : error.message,
});

async function feedsWithRuns(c: Context<AppEnv>, org: OrgAccess) {
  const { db } = c.var.deps.database;
  return Promise.all(
    (await feedsOf(db, org.id)).map(async (feed) => ({
      feed,
      runs: await listRuns(db, feed.id, 10),
    })),
  );
}

/** The manage page's feeds section (handed to organisationManageRoutes). */
export async function feedsSection(c: Context<AppEnv>, org: OrgAccess) {
  const ctx = { t: orgText(c.var.locale), locale: c.var.locale, at: dateTimeFor(c) };
  return <FeedsSummary ctx={ctx} org={org} feeds={await feedsWithRuns(c, org)} />;
}

export function organisationFeedRoutes() {
  const app = new Hono<AppEnv>();
  const editor = requireOrg(canEditOrganisation);

  const feedsPage = async (
    c: Context<AppEnv>,
    values = DEFAULTS,
    errors: FieldErrors = {},
    status: 200 | 400 = 200,
  ) => {
    const org = orgAccess(c);
    const t = orgText(c.var.locale);
    const done = c.req.query('done') as Done | undefined;
    return renderPage(
      c,
      { title: t.feeds.title(org.name), status },
      <FeedsPage
        ctx={{ t, locale: c.var.locale, at: dateTimeFor(c) }}
        org={org}
        feeds={await feedsWithRuns(c, org)}
        notice={done && done in t.feeds.notices ? t.feeds.notices[done] : null}
        values={values}
        errors={errors}
      />,
    );
  };

  /** The feed in the path, if it is this organisation's (another's is a 404, as is none). */
  const feedOf = async (c: Context<AppEnv>) => {
    const org = orgAccess(c);
    const feed = (await feedsOf(c.var.deps.database.db, org.id)).find(
      (f) => f.id === c.req.param('feed'),
    );
    if (!feed) throw new HTTPException(404, { message: orgText(c.var.locale).errors.notFound });
    return { org, feed };
  };
  const back = (c: Context<AppEnv>, done: Done) =>
    c.redirect(`/orgs/${orgAccess(c).slug}/feeds?done=${done}`, 303);

  app.get(`/orgs/:slug${SLUG}/feeds`, editor, (c) => feedsPage(c));

  app.post(`/orgs/:slug${SLUG}/feeds`, editor, async (c) => {
    const values = await valuesOf(c);
    const org = orgAccess(c);
    try {
      // Editors register a new source (feed:<slug>); handing over an existing import is an
      // administrator's decision (/admin/organisations).
      await registerFeed(c.var.deps.database.db, {
        ...settingsOf(values),
        organisationId: org.id,
        userId: signedIn(c).id,
      });
    } catch (error) {
      if (!(error instanceof FeedSetupError)) throw error;
      return feedsPage(c, values, fieldError(orgText(c.var.locale), error), 400);
    }
    return back(c, 'registered');
  });

  app.get(`/orgs/:slug${SLUG}/feeds/:feed${ID}/edit`, editor, async (c) => {
    const { org, feed } = await feedOf(c);
    const values = {
      url: feed.url,
      timezone: feed.timezone,
      removalLimitPercent: String(feed.removalLimitPercent),
      everyHours: String(feed.everyHours),
    };
    const t = orgText(c.var.locale);
    return renderPage(
      c,
      { title: t.feeds.editTitle },
      <EditFeedPage t={t} org={org} feed={feed} values={values} errors={{}} />,
    );
  });

  app.post(`/orgs/:slug${SLUG}/feeds/:feed${ID}`, editor, async (c) => {
    const { org, feed } = await feedOf(c);
    const values = await valuesOf(c);
    const t = orgText(c.var.locale);
    try {
      await updateFeed(c.var.deps.database.db, feed.id, {
        ...settingsOf(values),
        userId: signedIn(c).id,
      });
    } catch (error) {
      if (!(error instanceof FeedSetupError)) throw error;
      return renderPage(
        c,
        { title: t.feeds.editTitle, status: 400 },
        <EditFeedPage t={t} org={org} feed={feed} values={values} errors={fieldError(t, error)} />,
      );
    }
    return back(c, 'saved');
  });

  app.post(`/orgs/:slug${SLUG}/feeds/:feed${ID}/remove`, editor, async (c) => {
    const { feed } = await feedOf(c);
    await removeFeed(c.var.deps.database.db, feed.id, signedIn(c).id);
    return back(c, 'removed');
  });

  app.post(`/orgs/:slug${SLUG}/feeds/:feed${ID}/run`, editor, async (c) => {
    const { feed } = await feedOf(c);
    await queueFeedRun(c.var.deps.database.db, feed.id);
    return back(c, 'queued');
  });

  // Fetch and explain, against what is published now from this feed: nothing is imported.
  app.post(`/orgs/:slug${SLUG}/feeds/:feed${ID}/check`, editor, async (c) => {
    const { org, feed } = await feedOf(c);
    const { deps } = c.var;
    const m = feedCheckText(c.var.locale);
    let text: string;
    try {
      const fetched = await fetchFeed(feed.url, {
        allowPrivateHosts: deps.config.feeds.allowPrivateHosts,
      });
      text = fetched.status === 200 ? fetched.body : '';
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
      return renderPage(
        c,
        { title: m.result, status: 422 },
        <p class="field-error">{m.problems.fetch(error.message)}</p>,
      );
    }
    const report = await checkFeed(deps.database.db, text, {
      timezone: feed.timezone,
      sourceName: feed.sourceName,
      organisationId: org.id,
      // The organisation's own check may name its unpublished listings.
      includeUnpublished: true,
    });
    return renderPage(
      c,
      { title: m.result },
      <>
        <ReportView m={m} report={report} comparison={{ organisation: org.name }} />
        <p>
          <a href={`/orgs/${org.slug}/feeds`}>{orgText(c.var.locale).feeds.backToFeeds}</a>
        </p>
      </>,
    );
  });

  app.post(`/orgs/:slug${SLUG}/feeds/runs/:run${ID}`, editor, async (c) => {
    const org = orgAccess(c);
    const { db } = c.var.deps.database;
    const runId = c.req.param('run');
    // Only a run of one of this organisation's feeds.
    const owned = await isRunOf(db, c.req.param('run') ?? '', org.id);
    if (!owned) throw new HTTPException(404, { message: orgText(c.var.locale).errors.notFound });
    const decision =
      String((await c.req.parseBody()).decision) === 'confirm' ? 'confirm' : 'discard';
    try {
      await decideHeldRun(db, runId, decision, signedIn(c).id);
    } catch (error) {
      if (!(error instanceof HeldRunError)) throw error;
      return back(c, 'alreadyDecided');
    }
    return back(c, decision === 'confirm' ? 'confirmed' : 'discarded');
  });

  return app;
}
