import { raw } from 'hono/html';
import { renderMarkdown } from '../../../lib/markdown.js';
import type { GroupDetail } from '../group-query.js';
import {
  accessLabel,
  audienceLabel,
  costText,
  KIND_LABELS,
  languageLabel,
  POLICY_LABELS,
  seatsLeft,
  techniqueLabel,
  topicLabel,
  zoneLabel,
} from '../present.js';
import { describeSchedule, formatOccurrence, googleCalendarUrl } from '../schedule/index.js';

type Props = {
  group: GroupDetail;
  viewerZone: string;
  pageUrl: string;
  reported?: boolean;
  map: { tileUrl: string; attribution: string };
};

/** The five differences, filled from this group's own data. */
function atAGlance(g: GroupDetail) {
  const topics = g.topics.map(topicLabel).join(', ').toLowerCase();
  const peers = g.leaders.filter((l) => l.role === 'peer').map((l) => l.displayName);
  const pros = g.leaders.filter((l) => l.role === 'professional');
  if (g.kind === 'support') {
    return [
      [
        'Leadership',
        peers.length
          ? `Peer-led by ${peers.join(' and ')}, who share lived experience`
          : 'Peer-led by members with lived experience',
      ],
      ['Purpose', `Support and shared experience around ${topics || 'a shared challenge'}`],
      [
        'Structure',
        `Informal and ongoing. ${g.policy === 'drop_in' ? 'Come when you can.' : 'A leader welcomes new members.'}`,
      ],
      [
        'Confidentiality',
        'Members agree to keep what is said in the group; it is a shared promise, not a legal duty.',
      ],
      [
        'Techniques',
        'Sharing experience, listening and practical tips from people who have been there',
      ],
    ];
  }
  const who = pros.map((l) => `${l.displayName}${l.credentials ? `, ${l.credentials}` : ''}`);
  const sessions = g.therapySessions ? `${g.therapySessions} sessions` : 'Regular sessions';
  return [
    [
      'Leadership',
      `Led by a licensed professional: ${who.join(' and ') || 'a licensed therapist'}`,
    ],
    ['Purpose', `Treatment and therapeutic growth around ${topics || 'shared goals'}`],
    [
      'Structure',
      `${sessions}${g.therapyStartDate ? ` starting ${g.therapyStartDate}` : ''}, with an agenda for each session${g.screening ? '; everyone is screened before joining' : ''}.`,
    ],
    [
      'Confidentiality',
      'The therapist is bound by professional confidentiality rules, with the limits the law sets (such as a risk of serious harm).',
    ],
    [
      'Techniques',
      g.techniques.length
        ? g.techniques.map(techniqueLabel).join(', ')
        : 'Evidence-based group methods',
    ],
  ];
}

function FirstVisit({ g }: { g: GroupDetail }) {
  if (g.firstVisit) return <p>{g.firstVisit}</p>;
  return g.kind === 'support' ? (
    <p>
      You can listen without speaking. Most groups start with a short welcome and a reminder to keep
      what is shared in the room. Arrive a few minutes early if you would like to say hello to a
      leader.
    </p>
  ) : (
    <p>
      Before your first session the therapist talks with you, usually by phone or video, to see
      whether the group suits you. Sessions follow a plan, and you may be given something to
      practise between them.
    </p>
  );
}

export function GroupPage({ group: g, viewerZone, pageUrl, reported, map }: Props) {
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
  const firstSchedule = g.schedules[0];
  return (
    <article class={`group group--${g.kind}`}>
      <p class={`badge badge--${g.kind}`}>{KIND_LABELS[g.kind]}</p>
      <h1>{g.name}</h1>
      <p class="lead">{g.summary}</p>
      {g.status !== 'active' ? (
        <p class="notice" role="status">
          {g.status === 'ended'
            ? 'This group has ended.'
            : 'This group is temporarily closed. Check back, or look for a similar group.'}
        </p>
      ) : null}

      <section aria-labelledby="glance">
        <h2 id="glance">At a glance</h2>
        <dl class="glance">
          {atAGlance(g).map(([term, text]) => (
            <div>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="when">
        <h2 id="when">When</h2>
        {g.schedules.length ? (
          <ul>
            {g.schedules.map((s) => (
              <li>{describeSchedule(s)}</li>
            ))}
          </ul>
        ) : (
          <p>No regular schedule is listed. Contact the group to ask when it meets.</p>
        )}
        {g.occurrences.length ? (
          <>
            <h3>Next meetings</h3>
            <p class="muted">Times are in {zoneLabel(viewerZone)}.</p>
            <ol class="dates">
              {g.occurrences.map((o) => {
                const t = formatOccurrence({ ...o, localDate: '' }, viewerZone, o.timezone);
                return (
                  <li>
                    <time datetime={o.start.toISOString()}>{t.viewer}</time>
                    {t.group ? <span class="muted"> ({t.group} local time)</span> : null}
                  </li>
                );
              })}
            </ol>
          </>
        ) : null}
        {firstSchedule ? (
          <p class="actions">
            <a class="button" href={`/groups/${g.slug}.ics`} download={`${g.slug}.ics`}>
              Add to calendar (.ics)
            </a>{' '}
            <a
              href={googleCalendarUrl({
                title: g.name,
                details: `${g.summary}\n${pageUrl}`,
                location: g.mode === 'online' ? 'Online' : place.join(', '),
                schedule: firstSchedule,
              })}
              rel="noopener"
            >
              Add to Google Calendar
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="where">
        <h2 id="where">Where</h2>
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
            {g.locationApproximate ? (
              <p class="muted">
                This location is approximate: the group shares the exact place with members.
              </p>
            ) : null}
            {g.locationNotes ? <p>{g.locationNotes}</p> : null}
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
                <figcaption class="visually-hidden">Map of where {g.name} meets</figcaption>
              </figure>
            ) : null}
            {mapsUrl ? (
              <p>
                <a href={mapsUrl} rel="noopener">
                  Map and directions
                </a>
              </p>
            ) : null}
          </>
        ) : null}
        {g.mode !== 'in_person' ? (
          g.onlineUrl || g.onlinePhone ? (
            <p>
              Online:{' '}
              {g.onlineUrl ? (
                <a href={g.onlineUrl} rel="noopener">
                  join the meeting
                </a>
              ) : null}
              {g.onlinePhone ? <> or by phone: {g.onlinePhone}</> : null}
            </p>
          ) : (
            <p>Online. The meeting link is shown to members.</p>
          )
        ) : null}
      </section>

      <section aria-labelledby="details">
        <h2 id="details">Details</h2>
        <dl class="facts">
          {g.leaders.length ? (
            <div>
              <dt>{g.leaders.length > 1 ? 'Leaders' : 'Leader'}</dt>
              <dd>
                {g.leaders
                  .map((l) => `${l.displayName}${l.credentials ? `, ${l.credentials}` : ''}`)
                  .join('; ')}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Cost</dt>
            <dd>{costText(g)}</dd>
          </div>
          <div>
            <dt>Joining</dt>
            <dd>
              {POLICY_LABELS[g.policy]}
              {seats != null
                ? ` · ${seats === 0 ? 'full, with a waitlist' : `${seats} of ${g.capacity} seats left`}`
                : ''}
            </dd>
          </div>
          {g.languages.length ? (
            <div>
              <dt>Languages</dt>
              <dd>{g.languages.map(languageLabel).join(', ')}</dd>
            </div>
          ) : null}
          {g.audiences.length ? (
            <div>
              <dt>For</dt>
              <dd>{g.audiences.map(audienceLabel).join(', ')}</dd>
            </div>
          ) : null}
          {g.accessibility.length ? (
            <div>
              <dt>Accessibility</dt>
              <dd>{g.accessibility.map(accessLabel).join(', ')}</dd>
            </div>
          ) : null}
          {g.organisation ? (
            <div>
              <dt>Listed by</dt>
              <dd>{g.organisation.name}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="first">
        <h2 id="first">What to expect at a first meeting</h2>
        <FirstVisit g={g} />
      </section>

      {g.description ? (
        <section aria-labelledby="about">
          <h2 id="about">About this group</h2>
          <div class="prose">{raw(renderMarkdown(g.description))}</div>
        </section>
      ) : null}

      <section aria-labelledby="share">
        <h2 id="share">Share</h2>
        <p>
          <a
            href={`mailto:?subject=${encodeURIComponent(g.name)}&body=${encodeURIComponent(pageUrl)}`}
          >
            Send this page by e-mail
          </a>
        </p>
      </section>

      <section aria-labelledby="report">
        <h2 id="report">Is something out of date?</h2>
        {reported ? (
          <p role="status">Thank you. An administrator will check this listing.</p>
        ) : (
          <form method="post" action={`/groups/${g.slug}/report`} class="report-form">
            <p class="field">
              <label for="problem">What is wrong?</label>
              <select id="problem" name="problem" required>
                <option value="time">The day or time</option>
                <option value="place">The place or link</option>
                <option value="closed">The group no longer meets</option>
                <option value="other">Something else</option>
              </select>
            </p>
            <p class="field">
              <label for="report-details">Details (optional; please leave out names)</label>
              <textarea id="report-details" name="details" rows={3} maxlength={1000} />
            </p>
            <p class="hp" aria-hidden="true">
              <label for="website">Leave this empty</label>
              <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
            </p>
            <button type="submit" class="button button--secondary">
              Report outdated information
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
