import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import { renderPage } from '../../views/page.js';
import {
  CRISIS_CODES,
  CRISIS_REGIONS,
  crisisRegionFor,
  INTERNATIONAL_DIRECTORY,
  smsHref,
} from './crisis-lines.js';
import { crisisText } from './messages/index.js';

/**
 * /crisis must work without JavaScript and stay tiny: it is the page for the worst moment.
 * The country comes from the request (Accept-Language's region, else the site's); `?region=`
 * lets someone pick another country's lines with a plain link.
 */
export function crisisRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/crisis', (c) => {
    const locale = c.var.locale;
    const m = crisisText(locale);
    const asked = c.req.query('region')?.toUpperCase();
    const region = CRISIS_CODES.includes(asked as never)
      ? CRISIS_REGIONS[asked as keyof typeof CRISIS_REGIONS]
      : crisisRegionFor(regionOf(c));
    return renderPage(
      c,
      { title: m.title, description: m.description },
      <section class="crisis-page">
        <h1>{m.heading}</h1>
        <p class="lead">{m.lead}</p>
        <p class="emergency">
          {m.emergency}{' '}
          {region.emergency.also ? (
            <>
              <a href={`tel:${region.emergency.call}`}>{region.emergency.call}</a> {m.or}{' '}
              <a href={`tel:${region.emergency.also}`}>{region.emergency.also}</a>
            </>
          ) : (
            <a href={`tel:${region.emergency.call}`}>{region.emergency.display[locale]}</a>
          )}
          .
        </p>
        {region.contacts.map((contact) => {
          const sms = smsHref(contact, locale);
          const chat = contact.chatUrl?.[locale] ?? contact.chatUrl?.en;
          return (
            <article class="crisis-contact">
              <h2>{contact.name[locale]}</h2>
              <p>{contact.description[locale]}</p>
              <ul class="crisis-actions">
                {contact.call ? (
                  <li>
                    <a class="button" href={`tel:${contact.call}`}>
                      {m.call(contact.display)}
                    </a>
                  </li>
                ) : null}
                {sms ? (
                  <li>
                    <a class="button" href={sms}>
                      {m.text(contact.display)}
                    </a>
                  </li>
                ) : null}
                {chat ? (
                  <li>
                    <a class="button" href={chat} rel="noopener">
                      {m.chat}
                    </a>
                  </li>
                ) : null}
              </ul>
            </article>
          );
        })}
        <h2>{m.elsewhere}</h2>
        <p>
          <a
            href={INTERNATIONAL_DIRECTORY.url}
            rel="noopener"
            lang={
              locale === INTERNATIONAL_DIRECTORY.nameLanguage
                ? undefined
                : INTERNATIONAL_DIRECTORY.nameLanguage
            }
          >
            {INTERNATIONAL_DIRECTORY.name}
          </a>
          : {INTERNATIONAL_DIRECTORY.description[locale]}
        </p>
        <nav aria-label={m.regionsLabel}>
          <p>
            {m.otherCountries}{' '}
            {CRISIS_CODES.filter((code) => code !== 'INTL').map((code, i) => (
              <>
                {i > 0 ? ' · ' : ''}
                <a
                  href={`/crisis?region=${code}`}
                  aria-current={code === region.code ? 'page' : undefined}
                >
                  {CRISIS_REGIONS[code].name[locale]}
                </a>
              </>
            ))}
          </p>
        </nav>
      </section>,
    );
  });
  return app;
}
