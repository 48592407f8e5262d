import { ErrorSummary, Field, type FieldErrors } from '../../../views/forms.js';
import type { AccountText, PrivacyText } from '../messages/index.js';

type Texts = { m: AccountText; p: PrivacyText; locale: string };

const when = (d: Date, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);

/** "Firefox on Android" from a user agent: enough to recognise a device, no more. */
export function deviceOf(agent: string | null): string {
  if (!agent) return '?';
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : 'Browser';
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : '';
  return system ? `${browser} · ${system}` : browser;
}

export type SessionRow = {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
};

export function SessionsPage({
  p,
  locale,
  sessions,
  timeZone,
}: Texts & { sessions: SessionRow[]; timeZone: string }) {
  return (
    <section>
      <h1>{p.sessions.title}</h1>
      <table class="table-stack">
        <caption class="visually-hidden">{p.sessions.title}</caption>
        <thead>
          <tr>
            <th scope="col">{p.sessions.device}</th>
            <th scope="col">{p.sessions.started}</th>
            <th scope="col">{p.sessions.lastActive}</th>
            <th scope="col">{p.sessions.from}</th>
            <th scope="col">
              <span class="visually-hidden">{p.sessions.signOut}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr>
              <th scope="row" data-label={p.sessions.device}>
                {deviceOf(s.userAgent)}
                {s.current ? <strong> ({p.sessions.current})</strong> : null}
              </th>
              <td data-label={p.sessions.started}>{when(s.createdAt, locale, timeZone)}</td>
              <td data-label={p.sessions.lastActive}>{when(s.lastActiveAt, locale, timeZone)}</td>
              <td data-label={p.sessions.from}>{s.ipAddress ?? ''}</td>
              <td data-label={p.sessions.signOut}>
                {s.current ? null : (
                  <form
                    method="post"
                    action={`/account/sessions/${encodeURIComponent(s.id)}/revoke`}
                  >
                    <button type="submit" class="link-button">
                      {p.sessions.signOut}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{p.sessions.everywhere}</h2>
      <p>{p.sessions.everywhereLead}</p>
      <form method="post" action="/account/sessions/revoke-all">
        <button type="submit" class="button button--secondary">
          {p.sessions.everywhere}
        </button>
      </form>
    </section>
  );
}

export function ActivityPage({
  p,
  locale,
  events,
  timeZone,
}: Texts & { events: { at: Date; action: string; ip: string | null }[]; timeZone: string }) {
  return (
    <section>
      <h1>{p.activity.title}</h1>
      <p>{p.activity.lead}</p>
      {events.length === 0 ? (
        <p>{p.activity.none}</p>
      ) : (
        <table class="table-stack">
          <caption class="visually-hidden">{p.activity.title}</caption>
          <thead>
            <tr>
              <th scope="col">{p.activity.when}</th>
              <th scope="col">{p.activity.what}</th>
              <th scope="col">{p.activity.network}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr>
                <td data-label={p.activity.when}>{when(e.at, locale, timeZone)}</td>
                <td data-label={p.activity.what}>{p.actions[e.action] ?? e.action}</td>
                <td data-label={p.activity.network}>{e.ip ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function DeletePage({
  m,
  p,
  errors = {},
}: Omit<Texts, 'locale'> & { errors?: FieldErrors }) {
  return (
    <section class="form-narrow">
      <h1>{p.data.deleteTitle}</h1>
      <p>{p.data.deleteLead}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <form method="post" action="/account/delete" class="form-narrow" novalidate>
        <Field
          name="password"
          type="password"
          label={m.fields.currentPassword}
          error={errors.password}
          autocomplete="current-password"
          required
        />
        <fieldset class="checks" id="posts" aria-describedby="posts-hint">
          <legend>{p.data.deletePosts}</legend>
          <span class="hint" id="posts-hint">
            {p.data.deletePostsHint}
          </span>
          <label>
            <input type="radio" name="posts" value="keep" checked /> {p.data.deletePostsKeep}
          </label>
          <label>
            <input type="radio" name="posts" value="delete" /> {p.data.deletePostsDelete}
          </label>
        </fieldset>
        <p class="check">
          <input
            type="checkbox"
            id="confirm"
            name="confirm"
            value="yes"
            aria-invalid={errors.confirm ? 'true' : undefined}
          />
          <label for="confirm">{p.data.deleteConfirm}</label>
        </p>
        <p>
          <button type="submit" class="button">
            {p.data.deleteSubmit}
          </button>
        </p>
      </form>
    </section>
  );
}
