import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { DateTime } from 'luxon';
import { renderMarkdown } from '../../../lib/markdown.js';
import {
  describeSchedule,
  formatOccurrence,
  googleCalendarUrl,
} from '../../../shared/schedule/index.js';
import { accessLabel, audienceLabel, languageLabel } from '../../../shared/taxonomy/index.js';
import type { GroupDetail } from '../group-query.js';
import { costText, count, seatsLeft, type Words, zoneLabel } from '../present.js';
import { atAGlance, contentLang, FirstVisit, KeyFacts } from './group-summary.js';

type Props = {
  group: GroupDetail;
  viewerZone: string;
  pageUrl: string;
  reported?: boolean;
  /**
   * What the viewer may do about the listed meetings (members answer "going"), drawn by the
   * app layer (attending's RSVP controls): a line above the list, and a control per meeting.
   */
  meetingActions?: { above: Child; forMeeting: (start: Date, when: string) => Child } | null;
  map: { tileUrl: string; attribution: string };
  /** The joining panel for this viewer (membership/panel.tsx). */
  membership?: Child;
  /** The ways to the group's own spaces, its room and its board, for those who may find them (rooms/link.tsx, boards/link.tsx). */
  spaces?: Child;
  /** The group's leaders with a current verified licence (badge.tsx), drawn by the app layer. */
  verified?: Child;
  /** The next session's plan when its therapist shares it, for members (therapists/). */
  plan?: Child;
  w: Words;
};

export function GroupPage({
  group: g,
  viewerZone,
  pageUrl,
  reported,
  meetingActions,
  map,
  membership,
  spaces,
  verified,
  plan,
  w,
}: Props) {
  const m = w.m.group;
  const r = w.m.report;
  const lang = contentLang(g.languages, w.locale);
  const seats = g.kind === 'therapy' ? seatsLeft(g) : null;
  const place = [
    g.venue,
    g.address,
    [g.city, g.region, g.postalCode].filter(Boolean).join(', '),
  ].filter(Boolean);
  const mapsUrl =
    g.latitude != null && g.longitude != null
      ? `https://www.openstreetmap.org/?mlat=${g.latitude}&mlon=${g.longitude}#map=16/${g.latitude}/${g.longitude}`
      : undefined;
  // A closed or ended group has nothing to go to: no dates, no calendar, no RSVP.
  const meeting = g.status === 'active';
  const firstSchedule = meeting ? g.schedules[0] : undefined;
  return (
    <article class={`group group--${g.kind}`}>
      <p class={`badge badge--${g.kind}`}>{w.m.kinds[g.kind]}</p>
      <h1 lang={lang}>{g.name}</h1>
      <p class="lead" lang={lang}>
        {g.summary}
      </p>
      {g.status !== 'active' ? (
        <p class="notice" role="status">
          {g.status === 'ended'
            ? m.ended
            : g.reopensOn
              ? m.reopens(
                  DateTime.fromISO(g.reopensOn)
                    .setLocale(w.locale)
                    .toLocaleString(DateTime.DATE_FULL),
                )
              : m.closed}
        </p>
      ) : null}
      {g.published ? null : (
        <p class="notice" role="status">
          {m.draft}
        </p>
      )}
      <KeyFacts g={g} viewerZone={viewerZone} w={w} />
      {membership}

      <section aria-labelledby="glance">
        <h2 id="glance">{m.glance}</h2>
        <dl class="glance">
          {atAGlance(g, w).map(([term, text]) => (
            <div>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="when">
        <h2 id="when">{m.when}</h2>
        {g.schedules.length ? (
          <ul>
            {g.schedules.map((s) => (
              <li>{describeSchedule(s, w.locale)}</li>
            ))}
          </ul>
        ) : (
          <p>{m.noSchedule}</p>
        )}
        {g.status === 'temporarily_closed' ? <p>{m.closedMeetings}</p> : null}
        {meeting && g.occurrences.length ? (
          <>
            <h3>{m.nextMeetings}</h3>
            <p class="muted" data-times={viewerZone}>
              {w.m.results.timesAre(zoneLabel(viewerZone, w))}
            </p>
            {meetingActions?.above}
            <ol class="dates">
              {g.occurrences.map((o) => {
                const t = formatOccurrence(
                  { ...o, localDate: '' },
                  viewerZone,
                  o.timezone,
                  w.locale,
                );
                return (
                  <li>
                    <time datetime={o.start.toISOString()}>{t.viewer}</time>
                    {t.group ? <span class="muted">{w.m.results.localTime(t.group)}</span> : null}
                    {meetingActions && o.start.getTime() > Date.now()
                      ? meetingActions.forMeeting(o.start, t.viewer)
                      : null}
                  </li>
                );
              })}
            </ol>
          </>
        ) : null}
        {firstSchedule ? (
          <p class="actions">
            <a class="button" href={`/groups/${g.slug}.ics`} download={`${g.slug}.ics`}>
              {m.addIcs}
            </a>{' '}
            <a
              href={googleCalendarUrl({
                title: g.name,
                details: `${g.summary}\n${pageUrl}`,
                location: g.mode === 'online' ? w.m.place.online : place.join(', '),
                schedule: firstSchedule,
              })}
              rel="noopener"
            >
              {m.addGoogle}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="where">
        <h2 id="where">{m.where}</h2>
        {g.mode !== 'online' ? (
          <>
            <address>
              {place.map((line) => (
                <>
                  {line}
                  <br />
                </>
              ))}
            </address>
            {g.locationApproximate ? <p class="muted">{m.approximate}</p> : null}
            {g.locationNotes ? <p lang={lang}>{g.locationNotes}</p> : null}
            {mapsUrl ? (
              <figure class="map-figure">
                <div
                  class="map map--small"
                  data-map="group"
                  data-lat={String(g.latitude)}
                  data-lon={String(g.longitude)}
                  data-approximate={String(g.locationApproximate)}
                  data-tiles={map.tileUrl}
                  data-attribution={map.attribution}
                  hidden
                />
                <figcaption class="visually-hidden">{m.mapOf(g.name)}</figcaption>
              </figure>
            ) : null}
            {mapsUrl ? (
              <p>
                <a href={mapsUrl} rel="noopener">
                  {m.directions}
                </a>
              </p>
            ) : null}
          </>
        ) : null}
        {g.mode !== 'in_person' ? (
          g.onlineUrl || g.onlinePhone ? (
            <p>
              {m.online}{' '}
              {g.onlineUrl ? (
                <a href={g.onlineUrl} rel="noopener">
                  {m.joinMeeting}
                </a>
              ) : null}
              {g.onlinePhone ? m.byPhone(g.onlinePhone) : null}
            </p>
          ) : (
            <p>{m.onlineMembers}</p>
          )
        ) : null}
        {spaces}
      </section>

      {plan}

      <section aria-labelledby="details">
        <h2 id="details">{m.details}</h2>
        {verified}
        <dl class="facts">
          {g.leaders.length ? (
            <div>
              <dt>{m.leaders(g.leaders.length)}</dt>
              <dd>
                {g.leaders
                  .map((l) => `${l.displayName}${l.credentials ? `, ${l.credentials}` : ''}`)
                  .join('; ')}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{m.cost}</dt>
            <dd>{costText(g, w)}</dd>
          </div>
          <div>
            <dt>{m.joining}</dt>
            <dd>
              {w.m.policies[g.policy]}
              {seats != null
                ? ` · ${seats === 0 ? m.fullWaitlist : m.seatsOf(count(seats, w), count(g.capacity ?? 0, w))}`
                : ''}
            </dd>
          </div>
          {g.languages.length ? (
            <div>
              <dt>{m.languages}</dt>
              <dd>{g.languages.map((code) => languageLabel(code, w.locale)).join(', ')}</dd>
            </div>
          ) : null}
          {g.audiences.length ? (
            <div>
              <dt>{m.audience}</dt>
              <dd>{g.audiences.map((code) => audienceLabel(code, w.locale)).join(', ')}</dd>
            </div>
          ) : null}
          {g.accessibility.length ? (
            <div>
              <dt>{m.access}</dt>
              <dd>{g.accessibility.map((code) => accessLabel(code, w.locale)).join(', ')}</dd>
            </div>
          ) : null}
          {g.organisation ? (
            <div>
              <dt>{m.listedBy}</dt>
              <dd>
                <a href={`/orgs/${g.organisation.slug}`}>{g.organisation.name}</a>
                {g.organisation.verified ? (
                  <>
                    {' '}
                    <span class="badge badge--verified">{m.verifiedOrganisation}</span>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="first">
        <h2 id="first">{m.firstMeeting}</h2>
        <FirstVisit g={g} w={w} lang={lang} />
      </section>

      {g.description ? (
        <section aria-labelledby="about">
          <h2 id="about">{m.about}</h2>
          <div class="prose" lang={lang}>
            {raw(renderMarkdown(g.description))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="share">
        <h2 id="share">{m.share}</h2>
        <p>
          <a
            href={`mailto:?subject=${encodeURIComponent(g.name)}&body=${encodeURIComponent(pageUrl)}`}
          >
            {m.email}
          </a>
        </p>
      </section>

      <section aria-labelledby="report">
        <h2 id="report">{r.heading}</h2>
        {reported ? (
          <p role="status">{r.thanks}</p>
        ) : (
          <form method="post" action={`/groups/${g.slug}/report`} class="report-form">
            <p class="field">
              <label for="problem">{r.what}</label>
              <select id="problem" name="problem" required>
                {Object.entries(r.problems).map(([value, text]) => (
                  <option value={value}>{text}</option>
                ))}
              </select>
            </p>
            <p class="field">
              <label for="report-details">{r.details}</label>
              <textarea id="report-details" name="details" rows={3} maxlength={1000} />
            </p>
            <p class="hp" aria-hidden="true">
              <label for="website">{r.honeypot}</label>
              <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
            </p>
            <button type="submit" class="button button--secondary">
              {r.submit}
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
