import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import { renderPage } from '../../views/page.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { wordsFor } from '../directory/present.js';
import { parseTherapistFilter } from './filters.js';
import {
  facetsOfListed,
  listingOf,
  PAGE_SIZE,
  saveListing,
  searchTherapists,
  therapistBySlug,
} from './listing.js';
import { ListingPage, parseListing } from './listing-form.js';
import { therapistText } from './messages/index.js';
import { canEditListing } from './policies.js';
import { ProfilePage, SearchPage } from './views.js';

/**
 * Find a therapist: the public search and profiles, and the professional's own choice of what
 * their profile shows (/account/professional/listing).
 */

const ctxOf = (c: Context<AppEnv>) => ({
  t: therapistText(c.var.locale),
  locale: c.var.locale,
  w: wordsFor(c.var.locale, regionOf(c)),
});

const LISTING = '/account/professional/listing';

export function therapistRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/therapists', async (c) => {
    const ctx = ctxOf(c);
    const parsed = parseTherapistFilter(c.req.query());
    const filter = parsed.success ? parsed.data : parseTherapistFilter({}).data;
    if (!filter) throw new Error('the empty therapist filter must parse');
    const { db } = c.var.deps.database;
    const { total, therapists } = await searchTherapists(db, filter);
    return renderPage(
      c,
      { title: ctx.t.search.title, status: parsed.success ? 200 : 400 },
      <SearchPage
        ctx={ctx}
        filter={filter}
        facets={await facetsOfListed(db)}
        total={total}
        therapists={therapists}
        pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        error={!parsed.success}
      />,
    );
  });

  app.get('/therapists/:slug{[a-z0-9-]{3,60}}', async (c) => {
    const ctx = ctxOf(c);
    const th = await therapistBySlug(c.var.deps.database.db, c.req.param('slug'));
    if (!th) throw new HTTPException(404, { message: ctx.t.profile.notFound });
    return renderPage(
      c,
      { title: th.name, description: `${th.licenceType}, ${th.jurisdiction}` },
      <ProfilePage ctx={ctx} th={th} />,
    );
  });

  const editor = requireViewer(canEditListing, {
    noStore: true,
    denied: (c) => therapistText(c.var.locale).listing.notVerified,
  });

  app.get(LISTING, editor, async (c) => {
    const viewer = signedIn(c);
    const t = therapistText(c.var.locale);
    const listing = await listingOf(c.var.deps.database.db, viewer.id);
    if (!listing) throw new HTTPException(403, { message: t.listing.notVerified });
    return renderPage(
      c,
      { title: t.listing.title },
      <ListingPage
        t={t}
        locale={c.var.locale}
        values={listing}
        slug={listing.slug}
        saved={c.req.query('saved') === '1'}
        errors={{}}
      />,
    );
  });

  app.post(LISTING, editor, async (c) => {
    const viewer = signedIn(c);
    const t = therapistText(c.var.locale);
    const { db } = c.var.deps.database;
    const parsed = parseListing(
      (await c.req.parseBody({ all: true })) as Record<string, string | string[]>,
      t,
    );
    if (!parsed.ok) {
      return renderPage(
        c,
        { title: t.listing.title, status: 400 },
        <ListingPage
          t={t}
          locale={c.var.locale}
          values={parsed.value}
          slug={null}
          saved={false}
          errors={parsed.errors}
        />,
      );
    }
    await saveListing(db, viewer.id, viewer.name, parsed.value);
    return c.redirect(`${LISTING}?saved=1`, 303);
  });

  return app;
}
