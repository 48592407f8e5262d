import type { Locale } from '../../i18n/locales.js';
import type { ItemKind } from './alerts.js';
import type { SafetyText } from './messages/index.js';
import { safetyText } from './messages/index.js';
import type { AlertLine, AlertView } from './queries.js';

type Fmt = (d: Date) => string;

const sentence = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}.` : '');

/**
 * One alert for the people responsible: what was noticed, the words, how to check in, and the
 * acknowledgement that stops the clock. Administrators who do not lead the group get the
 * person's address (they cannot write in the group's private thread).
 */
export function AlertPage({
  m,
  alert,
  words,
  fmt,
  leads,
}: {
  m: SafetyText;
  alert: AlertView;
  words: string[] | null;
  fmt: Fmt;
  leads: boolean;
}) {
  const who = alert.subject?.name ?? m.alert.someone;
  return (
    <section class="alert-page" aria-labelledby="alert-title">
      <h1 id="alert-title">
        {m.alert.title}{' '}
        <span class={alert.level === 'urgent' ? 'badge badge--warning' : 'badge badge--neutral'}>
          {m.levels[alert.level]}
        </span>
      </h1>
      <p class="lead">
        {alert.group ? m.alert.about(who, alert.group.name) : m.alert.aboutNoGroup(who)}
      </p>
      <dl class="facts">
        <div>
          <dt>{m.alert.raised}</dt>
          <dd>
            <time datetime={alert.createdAt.toISOString()}>{fmt(alert.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{m.alert.signals}</dt>
          <dd>{sentence(alert.signals.map((s) => m.signals[s] ?? s).join(', '))}</dd>
        </div>
        <div>
          <dt>{m.alert.how}</dt>
          <dd>{m.sources[alert.source]}</dd>
        </div>
      </dl>
      <h2>{m.alert.whatTheyWrote}</h2>
      <p class="hint">{m.items[alert.itemKind]}</p>
      {words ? (
        words.map((w) => <blockquote class="alert-page__words">{w}</blockquote>)
      ) : (
        <p>{m.alert.textGone}</p>
      )}
      <h2>{m.alert.checkIn}</h2>
      <p>{m.alert.checkInHint}</p>
      {alert.subject && alert.group && leads ? (
        <p>
          <a class="button" href={`/lead/${alert.group.slug}/threads/${alert.subject.id}`}>
            {m.alert.checkIn}
          </a>
        </p>
      ) : alert.subject?.email ? (
        <p>
          <a class="button" href={`mailto:${alert.subject.email}`}>
            {m.alert.mailThem(alert.subject.email)}
          </a>
        </p>
      ) : null}
      {alert.escalatedAt ? <p class="notice">{m.alert.escalated}</p> : null}
      {alert.acknowledged ? (
        <p class="notice">
          {m.alert.acknowledged(
            alert.acknowledged.by ?? m.alert.someone,
            fmt(alert.acknowledged.at),
          )}
        </p>
      ) : (
        <form method="post" action={`/safety/alerts/${alert.id}/acknowledge`}>
          <p class="hint">{m.alert.acknowledgeHint}</p>
          <button type="submit" class="button">
            {m.alert.acknowledge}
          </button>
        </form>
      )}
    </section>
  );
}

/**
 * "Worried about someone": a small form beside anything another person wrote. It needs no
 * classifier: a person's judgement is enough to bring the people responsible in.
 */
export function WorriedButton({
  locale,
  item,
  id,
  back,
}: {
  locale: Locale;
  item: ItemKind;
  id: string;
  back: string;
}) {
  const m = safetyText(locale).worried;
  return (
    <form method="post" action="/safety/worried" class="worried">
      <input type="hidden" name="item" value={item} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class="link-button" title={m.hint}>
        {m.button}
      </button>
    </form>
  );
}

export function WorriedThanks({
  m,
  emergency,
  back,
}: {
  m: SafetyText;
  emergency: string;
  back: string;
}) {
  return (
    <section aria-labelledby="worried-title">
      <h1 id="worried-title">{m.worried.title}</h1>
      <p class="lead">{m.worried.lead}</p>
      <p>{m.worried.danger(emergency)}</p>
      <p>
        <a href={back}>{m.worried.back}</a>
      </p>
    </section>
  );
}

/** The administrators' list: every alert, its level, and how long it waited. */
export function AlertsOverview({
  m,
  lines,
  median,
  open,
  fmt,
}: {
  m: SafetyText;
  lines: AlertLine[];
  median: number | null;
  open: number;
  fmt: Fmt;
}) {
  const a = m.admin;
  return (
    <>
      <p>{a.intro}</p>
      <p>
        <strong>{median === null ? a.noneAcknowledged : a.median(a.minutes(median))}</strong>{' '}
        {a.open(open)}
      </p>
      {lines.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <table class="table-stack">
          <thead>
            <tr>
              <th scope="col">{a.when}</th>
              <th scope="col">{a.level}</th>
              <th scope="col">{a.source}</th>
              <th scope="col">{a.item}</th>
              <th scope="col">{a.group}</th>
              <th scope="col">{a.acknowledged}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr>
                <td data-label={a.when}>
                  <a href={`/safety/alerts/${l.id}`}>{fmt(l.createdAt)}</a>
                </td>
                <td data-label={a.level}>{m.levels[l.level]}</td>
                <td data-label={a.source}>{a.sourceNames[l.source]}</td>
                <td data-label={a.item}>{m.items[l.itemKind as ItemKind] ?? l.itemKind}</td>
                <td data-label={a.group}>{l.groupName ?? '—'}</td>
                <td data-label={a.acknowledged}>
                  {l.minutesToAcknowledge === null ? a.waiting : a.minutes(l.minutesToAcknowledge)}
                  {l.escalated ? ` (${a.escalated})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
