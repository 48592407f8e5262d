import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/layout.js';
import { crisisRegionForLocale, INTERNATIONAL_DIRECTORY } from './crisis-lines.js';

/** /crisis must work without JavaScript and stay tiny: it is the page for the worst moment. */
export function crisisRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/crisis', (c) => {
    const region = crisisRegionForLocale(c.var.deps.config.defaultLocale);
    return renderPage(
      c,
      { title: 'Crisis help', description: 'Free, confidential help, right now.' },
      <section class="crisis-page">
        <h1>Help right now</h1>
        <p class="lead">
          If you might act on thoughts of ending your life, or you are in danger, reach out now. You
          do not need to be sure it is an emergency.
        </p>
        <p class="emergency">
          In immediate danger: call{' '}
          <a href={`tel:${region.emergency.call}`}>{region.emergency.display}</a>.
        </p>
        {region.contacts.map((contact) => (
          <article class="crisis-contact">
            <h2>{contact.name}</h2>
            <p>{contact.description}</p>
            <ul class="crisis-actions">
              {contact.call ? (
                <li>
                  <a class="button" href={`tel:${contact.call}`}>
                    Call {contact.display}
                  </a>
                </li>
              ) : null}
              {contact.text ? (
                <li>
                  <a class="button" href={`sms:${contact.text}`}>
                    Text {contact.display}
                  </a>
                </li>
              ) : null}
              {contact.chatUrl ? (
                <li>
                  <a class="button" href={contact.chatUrl} rel="noopener">
                    Chat online
                  </a>
                </li>
              ) : null}
            </ul>
          </article>
        ))}
        <h2>Somewhere else?</h2>
        <p>
          <a href={INTERNATIONAL_DIRECTORY.url} rel="noopener">
            {INTERNATIONAL_DIRECTORY.name}
          </a>
          : {INTERNATIONAL_DIRECTORY.description}
        </p>
      </section>,
    );
  });
  return app;
}
