import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { isLocalRequest } from '../limits/rate-limit.js';
import { readOutbox } from './mailer.js';

const LINK = /https?:\/\/[^\s<>"]+/g;

/**
 * /dev/outbox: the mail the app would have sent, for developers and browser tests. It holds
 * password-reset and invitation links, so it answers only outside production, only when mail
 * is not going out over SMTP, and only to this computer; otherwise 404. The page is
 * deliberately plain and English-only: it is a developer's tool, not part of the product.
 */
export function outboxRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/dev/outbox', async (c) => {
    const { config, database, mailer } = c.var.deps;
    if (config.env === 'production' || mailer.transport !== 'outbox' || !isLocalRequest(c)) {
      return c.notFound();
    }
    const mails = await readOutbox(database.db);
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: 'Development outbox' },
      <section>
        <h1>Development outbox</h1>
        <p>Mail kept instead of sent, newest first. This page does not exist in production.</p>
        {mails.length === 0 ? <p>No mail yet.</p> : null}
        {mails.map((mail) => (
          <article class="outbox-mail" aria-labelledby={`mail-${mail.id}`}>
            <h2 id={`mail-${mail.id}`}>{mail.subject}</h2>
            <p class="muted">
              To {mail.to} · {mail.at.toISOString()} · {mail.kind}
            </p>
            <pre class="outbox-text">{mail.text}</pre>
            {[...new Set(mail.text.match(LINK) ?? [])].map((href) => (
              <p>
                <a href={href}>Open link: {new URL(href).pathname}</a>
              </p>
            ))}
          </article>
        ))}
      </section>,
    );
  });
  return app;
}
