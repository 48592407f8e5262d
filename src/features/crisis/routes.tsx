import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import { renderPage } from '../../views/page.js';
import { CrisisContacts } from './contacts.js';
import {
  CRISIS_CODES,
  CRISIS_REGIONS,
  crisisRegionFor,
  INTERNATIONAL_DIRECTORY,
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
        <CrisisContacts region={region} locale={locale} />
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
