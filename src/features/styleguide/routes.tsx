import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { Cards, Facts, Icons, Sheet, StackTable, Tabs } from './display-views.js';
import { SECTIONS } from './example.js';
import { Buttons, ChoiceGroups, Fields, Tokens } from './form-views.js';

/**
 * /dev/styleguide: the design system (docs/design-system.md) with live examples drawn with the
 * real stylesheet, and the markup to copy. A developer's page, English only, like /dev/outbox;
 * it holds no secrets, so it answers any request outside production, and 404 in production.
 */
export function styleguideRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/dev/styleguide', (c) => {
    if (c.var.deps.config.env === 'production') return c.notFound();
    return renderPage(
      c,
      { title: 'Design system' },
      <>
        <h1>Design system</h1>
        <p class="lead">
          The tokens and components every page is built from, drawn with the real stylesheet. The
          rules behind them are in docs/design-system.md. This page does not exist in production.
        </p>
        <nav aria-label="Sections of this page">
          <ul class="links-row">
            {SECTIONS.map(([id, title]) => (
              <li>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <Tokens />
        <Buttons />
        <Fields />
        <ChoiceGroups />
        <Cards />
        <Facts />
        <StackTable />
        <Tabs current={c.req.query('tab') === 'map' ? 'map' : 'list'} />
        <Sheet />
        <Icons />
      </>,
    );
  });
  return app;
}
