import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import { renderPage } from '../../views/page.js';
import { filterDefaults, parseFilter } from '../directory/filters.js';
import { wordsFor } from '../directory/present.js';
import { SearchBar } from '../directory/views/search-form.js';
import { zoneFor } from '../zones/zone.js';
import { homeText } from './messages/index.js';

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const m = homeText(c.var.locale);
    const region = regionOf(c);
    const w = wordsFor(c.var.locale, region);
    // An empty search: the same defaults (distance unit, zone) the directory would use.
    const empty = parseFilter(new URLSearchParams(), {
      ...filterDefaults(c.var.deps.config, region),
      tz: zoneFor(c),
    });
    if (!empty.ok) throw new Error('the empty search must parse');
    return renderPage(
      c,
      { title: m.title, description: m.description },
      <>
        {/* The search first: on a phone it is in the first screen, under one line of welcome. */}
        <section class="hero" aria-labelledby="home-heading">
          <h1 id="home-heading">{m.heading}</h1>
          <div class="home-search">
            <SearchBar filter={empty.filter} w={w} home />
          </div>
          <p class="lead">{m.lead}</p>
        </section>
        <section class="card home-guide" aria-labelledby="guide-heading">
          <h2 id="guide-heading">{m.guideTitle}</h2>
          <p>{m.guideText}</p>
          <p>
            <a class="button" href="/guide">
              {m.guideStart}
            </a>
          </p>
        </section>
        <section aria-labelledby="two-kinds">
          <h2 id="two-kinds">{m.twoKinds}</h2>
          <p>{m.twoKindsIntro}</p>
          <div class="kinds">
            {(['support', 'therapy'] as const).map((kind) => (
              <section class={`card kind kind--${kind}`} aria-labelledby={`kind-${kind}`}>
                <h3 id={`kind-${kind}`}>
                  <span class={`badge badge--${kind}`}>
                    {kind === 'support' ? m.supportGroup : m.groupTherapy}
                  </span>
                </h3>
                <dl class="facts">
                  {m.differences.map((row) => (
                    <div>
                      <dt>{row.point}</dt>
                      <dd>{kind === 'support' ? row.support : row.therapy}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <p>
            <a href="/compare">{m.compareLink}</a>
          </p>
        </section>
        <section aria-labelledby="privacy">
          <h2 id="privacy">{m.privacy}</h2>
          <p>{m.privacyText}</p>
        </section>
      </>,
    );
  });
  return app;
}
