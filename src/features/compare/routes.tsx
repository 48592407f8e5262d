import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { compareMessages } from './messages/index.js';
import { ComparePage } from './views/compare-page.js';

/** /compare: support groups and group therapy side by side, in the viewer's language. */
export function compareRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/compare', (c) => {
    const text = compareMessages(c.var.locale);
    const content = text.content;
    return renderPage(
      c,
      { title: content.title, description: text.description },
      <ComparePage content={content} text={text} />,
    );
  });
  return app;
}
