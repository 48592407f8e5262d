import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { users } from '../../db/schema/index.js';
import { safeLocalPath } from '../../lib/safe-redirect.js';
import { zoneName } from '../../shared/schedule/format.js';
import { describedBy, ErrorSummary, HintAndError } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { zoneText } from './messages/index.js';
import { COMMON_ZONES, cleanZone, rememberZone, zoneFor } from './zone.js';

/** Every zone the runtime knows, by region ("America", "Europe"...), for the full list. */
const ALL_ZONES: Map<string, string[]> = (() => {
  const byRegion = new Map<string, string[]>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const region = zone.includes('/') ? zone.split('/')[0]! : 'Other';
    byRegion.set(region, [...(byRegion.get(region) ?? []), zone]);
  }
  return byRegion;
})();

const place = (zone: string) => zone.split('/').slice(1).join(' / ').replace(/_/g, ' ') || zone;

function ZonePage(props: { c: Context<AppEnv>; next?: string; current: string; error?: string }) {
  const t = zoneText(props.c.var.locale);
  const lang = props.c.var.locale;
  const now = Date.now();
  const described = describedBy('zone', t.hint, props.error);
  return (
    <section class="form-narrow">
      <h1>{t.title}</h1>
      <ErrorSummary errors={{ zone: props.error }} title={t.invalid} />
      <p>{t.lead}</p>
      <form method="post" action="/time-zone">
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <p class={props.error ? 'field field--error' : 'field'}>
          <label for="zone">{t.label}</label>
          <HintAndError id="zone" hint={t.hint} error={props.error} />
          <select id="zone" name="zone" aria-describedby={described || undefined}>
            <optgroup label="—">
              {COMMON_ZONES.map((zone) => (
                <option value={zone} selected={zone === props.current}>
                  {`${zoneName(zone, lang, now)} (${place(zone)})`}
                </option>
              ))}
            </optgroup>
            {[...ALL_ZONES].map(([region, zones]) => (
              <optgroup label={region}>
                {zones.map((zone) => (
                  <option
                    value={zone}
                    selected={zone === props.current && !COMMON_ZONES.includes(zone)}
                  >
                    {place(zone)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </p>
        <p>
          <button type="submit" class="button">
            {t.save}
          </button>
        </p>
      </form>
      <p>
        <a href={props.next ?? '/'}>{t.back}</a>
      </p>
    </section>
  );
}

/** /time-zone: choosing the zone times are shown in, from a link on every page (no script). */
export function zoneRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/time-zone', (c) =>
    renderPage(
      c,
      { title: zoneText(c.var.locale).title },
      <ZonePage c={c} next={safeLocalPath(c.req.query('next'))} current={zoneFor(c)} />,
    ),
  );

  app.post('/time-zone', async (c) => {
    const body = await c.req.parseBody();
    const next = safeLocalPath(body.next);
    const zone = cleanZone(body.zone);
    if (!zone) {
      return renderPage(
        c,
        { title: zoneText(c.var.locale).title, status: 400 },
        <ZonePage c={c} next={next} current={zoneFor(c)} error={zoneText(c.var.locale).invalid} />,
      );
    }
    rememberZone(c, zone);
    const viewer = c.var.viewer;
    if (viewer) {
      // The profile follows, so mail uses the same zone.
      await c.var.deps.database.db
        .update(users)
        .set({ timezone: zone })
        .where(eq(users.id, viewer.id));
    }
    return c.redirect(next ?? '/', 303);
  });

  return app;
}
