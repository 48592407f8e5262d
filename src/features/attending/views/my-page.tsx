import type { Locale } from '../../../i18n/locales.js';
import { zoneName } from '../../../shared/schedule/format.js';
import { formatOccurrence } from '../../../shared/schedule/index.js';
import type { AttendingText } from '../messages/index.js';
import type { MyGroup, MyMeeting } from '../my-query.js';
import { RsvpControl, RsvpSaved } from './rsvp-control.js';

type Props = {
  t: AttendingText;
  locale: Locale;
  zone: string;
  groups: MyGroup[];
  led: { slug: string; name: string }[];
  meetings: MyMeeting[];
  feed: { exists: boolean; url?: string };
  rsvpSaved?: string;
};

const at = (d: Date, zone: string, locale: Locale) =>
  formatOccurrence({ start: d, end: d, localDate: '' }, zone, zone, locale).viewer;

function GroupStatus({
  g,
  t,
  zone,
  locale,
}: { g: MyGroup; t: AttendingText['my'] } & Pick<Props, 'zone' | 'locale'>) {
  if (g.status === 'left' || g.status === 'removed') return null;
  return (
    <li>
      <a href={`/groups/${g.slug}`}>{g.name}</a>: {t.status[g.status]}
      {g.status === 'offered' ? (
        <> {g.offerExpiresAt ? t.offerUntil(at(g.offerExpiresAt, zone, locale)) : t.offerNoDate}</>
      ) : null}
      {g.decisionNote ? (
        <p>
          {t.declineNote} <q>{g.decisionNote}</q>
        </p>
      ) : null}
      {g.referrals.length ? (
        <p>
          {t.suggested}{' '}
          {g.referrals.map((r, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/groups/${r.slug}`}>{r.name}</a>
            </>
          ))}
        </p>
      ) : null}
    </li>
  );
}

function CalendarLink({ t, feed }: { t: AttendingText['feed']; feed: Props['feed'] }) {
  return (
    <section aria-labelledby="my-calendar">
      <h2 id="my-calendar">{t.heading}</h2>
      <p>{t.lead}</p>
      {feed.url ? (
        <div class="notice" role="status">
          <p>
            <label for="feed-url">{t.yourLink}</label>
          </p>
          <p>
            <input id="feed-url" type="text" readonly value={feed.url} size={60} />
          </p>
          <p>{t.keepSecret}</p>
        </div>
      ) : (
        <p>{feed.exists ? t.exists : t.none}</p>
      )}
      <form method="post" action="/my/calendar">
        <button type="submit" class={feed.exists ? 'button button--secondary' : 'button'}>
          {feed.exists ? t.reset : t.create}
        </button>
        {feed.exists ? <span class="hint"> {t.resetHint}</span> : null}
      </form>
    </section>
  );
}

/** My Gatherwell: a person's own groups, standing, next meetings and calendar link. */
export function MyPage(props: Props) {
  const { t, zone, locale } = props;
  const m = t.my;
  const agreements = props.groups.filter((g) => g.agreementPending);
  return (
    <section>
      <h1>{m.title}</h1>
      <RsvpSaved answer={props.rsvpSaved} t={t.rsvp} />
      {agreements.map((g) => (
        <p class="notice">
          <a href={`/groups/${g.slug}`}>{m.agreement(g.name)}</a>
        </p>
      ))}

      <section aria-labelledby="my-meetings">
        <h2 id="my-meetings">{m.meetings}</h2>
        <p class="muted" data-times={zone}>
          {m.meetingsLead}. {m.timesIn(zoneName(zone, locale, Date.now()))}{' '}
          <a href="/time-zone?next=%2Fmy">{m.setZone}</a>
        </p>
        {props.meetings.length ? (
          <ol class="dates">
            {props.meetings.map((meeting) => {
              const when = formatOccurrence(
                { start: meeting.start, end: meeting.end, localDate: '' },
                zone,
                meeting.zone,
                locale,
              );
              return (
                <li>
                  <time datetime={meeting.start.toISOString()}>{when.viewer}</time>:{' '}
                  <a href={`/groups/${meeting.slug}`}>{meeting.name}</a>
                  {meeting.canRsvp ? (
                    <RsvpControl
                      slug={meeting.slug}
                      start={meeting.start}
                      when={when.viewer}
                      going={meeting.going}
                      back="/my"
                      t={t.rsvp}
                    />
                  ) : (
                    <span class="muted"> · {m.leading}</span>
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <p>{m.noMeetings}</p>
        )}
      </section>

      <section aria-labelledby="my-groups">
        <h2 id="my-groups">{m.groups}</h2>
        {props.groups.length ? (
          <ul>
            {props.groups.map((g) => (
              <GroupStatus g={g} t={m} zone={zone} locale={locale} />
            ))}
          </ul>
        ) : (
          <p>
            {m.noGroups} <a href="/groups">{m.findGroups}</a>
          </p>
        )}
      </section>

      {props.led.length ? (
        <section aria-labelledby="my-lead">
          <h2 id="my-lead">{m.lead}</h2>
          <ul>
            {props.led.map((g) => (
              <li>
                <a href={`/groups/${g.slug}`}>{g.name}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href="/lead">{m.leadTools}</a>
          </p>
        </section>
      ) : null}

      <CalendarLink t={t.feed} feed={props.feed} />
    </section>
  );
}
