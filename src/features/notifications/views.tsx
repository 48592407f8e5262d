import type { Locale } from '../../i18n/locales.js';
import { formatOccurrence } from '../../shared/schedule/index.js';
import type { NotificationText } from './messages/index.js';
import type { NotificationRow } from './queries.js';

// The moment in the viewer's zone, with the zone's name (the schedule module's one format).
const when = (d: Date, zone: string, locale: Locale) =>
  formatOccurrence({ start: d, end: d, localDate: '' }, zone, zone, locale).viewer;

/** The notification centre: newest first, the unread ones marked in words as well as style. */
export function NotificationsPage({
  m,
  rows,
  zone,
  locale,
}: {
  m: NotificationText;
  rows: NotificationRow[];
  zone: string;
  locale: Locale;
}) {
  const unread = rows.some((r) => !r.read);
  return (
    <section aria-labelledby="notifications-title" class="notifications">
      <h1 id="notifications-title">{m.title}</h1>
      <p>{m.intro}</p>
      {rows.length === 0 ? <p>{m.none}</p> : null}
      {unread ? (
        <form method="post" action="/notifications/read">
          <button type="submit" class="button button--secondary">
            {m.readAll}
          </button>
        </form>
      ) : null}
      <ul class="notification-list">
        {rows.map((r) => (
          <li class={r.read ? 'notification' : 'notification unread'}>
            <form method="post" action={`/notifications/${r.id}/open`}>
              <p>
                {r.read ? null : <strong class="badge">{m.unread}</strong>}{' '}
                {m.kinds[r.kind].line(r.actorName ?? m.someone, r.groupName ?? m.aGroup)}
              </p>
              <p class="hint">
                <time datetime={r.createdAt.toISOString()}>{when(r.createdAt, zone, locale)}</time>
              </p>
              <button type="submit" class="link-button">
                {m.open}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <p>
        <a href="/account#notifications">{m.settings}</a>
      </p>
    </section>
  );
}
