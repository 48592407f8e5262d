import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { buildCalendar } from '../../shared/schedule/index.js';
import { renderPage } from '../../views/page.js';
import { crisisRegionFor } from '../crisis/crisis-lines.js';
import { rateLimit } from '../limits/rate-limit.js';
import { assess } from '../safety/assess.js';
import { CrisisCard } from '../safety/card.js';
import { zoneFor } from '../zones/zone.js';
import { badgesFor } from './badges.js';
import { filterDefaults, PAGE_SIZE, parseFilter } from './filters.js';
import { findGroupBySlug } from './group-query.js';
import { directoryText } from './messages/index.js';
import { resolveNear } from './place.js';
import { wordsFor } from './present.js';
import { onlineAlsoMatching, searchGroups } from './queries.js';
import { reportListing } from './reports.js';
import { Results, SearchPage } from './views/search-page.js';

export function directoryRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/groups', async (c) => {
    const { config, searchIndex, geocoder } = c.var.deps;
    const region = regionOf(c);
    const w = wordsFor(c.var.locale, region);
    // Times in the viewer's zone when it is known (features/zones); `tz` in the URL still wins.
    const defaults = { ...filterDefaults(config, region), tz: zoneFor(c) };
    const parsed = parseFilter(new URL(c.req.url).searchParams, defaults);
    if (!parsed.ok) {
      const t = w.m.badSearch;
      // The parser's own messages are English (the API shares them): each catalogue says
      // whether to show them or name the parameter in a sentence of its own.
      return renderPage(
        c,
        { title: t.title, status: 400 },
        <section>
          <h1>{t.heading}</h1>
          <ul>
            {parsed.problems.map((p) => (
              <li>{t.problem(p)}</li>
            ))}
          </ul>
          <p>
            <a href="/groups">{t.again}</a>
          </p>
        </section>,
      );
    }
    const filter = parsed.filter;
    const near = await resolveNear(geocoder, filter.near, config.defaultLocale);
    const searchable = !filter.near || near.point;
    const { total, results } = searchable
      ? await searchGroups(searchIndex, filter, near.point)
      : { total: 0, results: [] };
    const onlineToo = near.point ? await onlineAlsoMatching(searchIndex, filter) : 0;
    const therapy = results.filter((r) => r.kind === 'therapy').map((r) => r.id);
    const verified = new Set((await badgesFor(c.var.deps.database.db, therapy)).keys());
    c.header('Cache-Control', 'private, max-age=60');
    // The same URL answers with the whole page or, for as-you-type search, only the results.
    c.header('Vary', 'X-Fragment', { append: true });
    const view = c.req.query('view') === 'map' ? 'map' : 'list';
    const props = {
      filter,
      defaults,
      place: near.outcome,
      total,
      onlineToo,
      results,
      verified,
      pageSize: PAGE_SIZE,
      view,
      map: config.map,
      w,
      // Words that suggest the person searching is in danger: the crisis lines come first.
      crisis:
        filter.q && assess(filter.q).level !== 'none' ? (
          <CrisisCard region={crisisRegionFor(regionOf(c))} locale={c.var.locale} />
        ) : null,
    } as const;
    if (c.req.header('x-fragment') === 'results') return c.html(<Results {...props} />);
    return renderPage(
      c,
      {
        title: view === 'map' ? w.m.search.mapTitle : w.m.search.title,
        description: w.m.search.description,
        scripts: view === 'map' ? ['directory.js', 'map.js'] : ['directory.js'],
        times: true,
        styles: view === 'map' ? ['map.css'] : [],
      },
      <SearchPage {...props} />,
    );
  });

  app.get(`/groups/:file{${SLUG}\\.ics}`, async (c) => {
    const slug = c.req.param('file').replace(/\.ics$/, '');
    const group = await findGroupBySlug(c.var.deps.database.db, slug);
    const m = directoryText(c.var.locale);
    if (!group) throw new HTTPException(404, { message: m.group.notFound });
    // A closed group's dates are not happening: a calendar must not add them.
    if (group.status !== 'active')
      throw new HTTPException(404, { message: m.group.closedCalendar });
    const origin = publicOrigin(c);
    const body = buildCalendar({
      name: group.name,
      events: group.schedules.map((s) => ({
        uid: `${s.id}@gatherwell`,
        summary: group.name,
        description: `${group.summary}\n${origin}/groups/${group.slug}`,
        location:
          group.mode === 'online'
            ? m.place.online
            : [group.venue, group.address, group.city, group.region].filter(Boolean).join(', '),
        url: `${origin}/groups/${group.slug}`,
        schedule: s,
        lastModified: group.updatedAt,
      })),
    });
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${group.slug}.ics"`);
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(body);
  });

  // Anyone may report; a few a minute per client is plenty for people and dull for scripts.
  app.post(
    `/groups/:slug{${SLUG}}/report`,
    rateLimit({ bucket: 'report.address', limit: 10, windowMs: 60_000 }),
    reportListing,
  );

  return app;
}
