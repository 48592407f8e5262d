import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { homeText } from './messages/index.js';

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const m = homeText(c.var.locale);
    return renderPage(
      c,
      { title: m.title, description: m.description },
      <>
        <section class="hero">
          <h1>{m.heading}</h1>
          <p class="lead">{m.lead}</p>
        </section>
        <section aria-labelledby="two-kinds">
          <h2 id="two-kinds">{m.twoKinds}</h2>
          <p>{m.twoKindsIntro}</p>
          {/* Focusable so keyboard users can scroll it when a narrow screen makes it overflow. */}
          <section class="table-scroll" aria-labelledby="two-kinds" tabindex={0}>
            <table class="compare">
              <caption class="visually-hidden">{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">&nbsp;</th>
                  <th scope="col">{m.supportGroup}</th>
                  <th scope="col">{m.groupTherapy}</th>
                </tr>
              </thead>
              <tbody>
                {m.differences.map((row) => (
                  <tr>
                    <th scope="row">{row.point}</th>
                    <td>{row.support}</td>
                    <td>{row.therapy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
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
