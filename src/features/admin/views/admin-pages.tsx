import type { Child } from 'hono/jsx';
import type { Locale } from '../../../i18n/locales.js';
import { ErrorSummary, Field, type FieldErrors, Notice } from '../../../views/forms.js';
import type { AdminText } from '../messages/index.js';
import type { AccountSummary, listingReportsForAdmin, overviewCounts } from '../queries.js';

/** The administrators' pages: shared frame, overview, account card and listing reports. */

const SECTIONS = [
  'overview',
  'professionals',
  'accounts',
  'reports',
  'moderation',
  'rooms',
  'safety',
  'import',
] as const;
export type AdminSection = (typeof SECTIONS)[number];
type Section = AdminSection;
const HREF: Record<Section, string> = {
  overview: '/admin',
  professionals: '/admin/professionals',
  accounts: '/admin/accounts',
  reports: '/admin/reports',
  moderation: '/admin/moderation',
  rooms: '/admin/room-reports',
  safety: '/admin/safety',
  import: '/admin/import',
};

export function formatTime(at: Date, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

export function When({ at, locale }: { at: Date; locale: Locale }) {
  return <time datetime={at.toISOString()}>{formatTime(at, locale)}</time>;
}

/** Every admin page: its heading, the section links, an optional notice, then the content. */
export function AdminFrame(props: {
  m: AdminText;
  section: Section;
  title: string;
  notice?: string;
  children: Child;
}) {
  const { m } = props;
  return (
    <section class="admin">
      <nav aria-label={m.nav.label}>
        <ul class="actions">
          {SECTIONS.map((s) => (
            <li>
              <a href={HREF[s]} aria-current={s === props.section ? 'page' : undefined}>
                {m.nav[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{props.title}</h1>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      {props.children}
    </section>
  );
}

export function OverviewPage({
  m,
  counts,
}: {
  m: AdminText;
  counts: Awaited<ReturnType<typeof overviewCounts>>;
}) {
  const rows: [string, number, string | undefined][] = [
    [m.overview.pending, counts.pending, HREF.professionals],
    [m.overview.verified, counts.verified, HREF.professionals],
    [m.overview.openReports, counts.openReports, HREF.reports],
    [m.overview.accounts, counts.accounts, undefined],
    [m.overview.disabled, counts.disabled, undefined],
    [m.overview.admins, counts.admins, undefined],
  ];
  return (
    <AdminFrame m={m} section="overview" title={m.overview.title}>
      <dl class="facts">
        {rows.map(([label, n, href]) => (
          <div>
            <dt>{href ? <a href={href}>{label}</a> : label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
    </AdminFrame>
  );
}

type AccountsProps = {
  m: AdminText;
  locale: Locale;
  email?: string;
  errors?: FieldErrors;
  account?: AccountSummary | null;
  /** Whether the viewer may moderate this account (never their own). */
  canModerate?: boolean;
  notice?: string;
};

export function AccountsPage(props: AccountsProps) {
  const { m, errors = {} } = props;
  const a = m.accounts;
  return (
    <AdminFrame m={m} section="accounts" title={a.title} notice={props.notice}>
      <p>{a.lead}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      <form method="post" action="/admin/accounts" class="form-narrow search-form" novalidate>
        <Field
          name="email"
          type="email"
          label={a.email}
          value={props.email}
          error={errors.email}
          autocomplete="off"
          required
        />
        <p>
          <button type="submit" class="button">
            {a.find}
          </button>
        </p>
      </form>
      {props.account === null ? (
        <Notice>
          <p>{a.notFound}</p>
        </Notice>
      ) : null}
      {props.account ? (
        <AccountCard
          m={m}
          locale={props.locale}
          account={props.account}
          canModerate={props.canModerate}
        />
      ) : null}
    </AdminFrame>
  );
}

function AccountCard({
  m,
  locale,
  account,
  canModerate,
}: {
  m: AdminText;
  locale: Locale;
  account: AccountSummary;
  canModerate?: boolean;
}) {
  const a = m.accounts;
  const yesNo = (v: boolean) => (v ? a.yes : a.no);
  const base = `/admin/accounts/${encodeURIComponent(account.id)}`;
  const otherRole = account.role === 'admin' ? 'member' : 'admin';
  return (
    <article aria-labelledby="account-name">
      <h2 id="account-name">{account.name}</h2>
      <dl class="facts">
        <div>
          <dt>{a.created}</dt>
          <dd>
            <When at={account.createdAt} locale={locale} />
          </dd>
        </div>
        <div>
          <dt>{a.verified}</dt>
          <dd>{yesNo(account.emailVerified)}</dd>
        </div>
        <div>
          <dt>{a.role}</dt>
          <dd>{a.roles[account.role]}</dd>
        </div>
        <div>
          <dt>{a.twoFactor}</dt>
          <dd>{yesNo(account.twoFactorEnabled)}</dd>
        </div>
        <div>
          <dt>{a.disabled}</dt>
          <dd>{account.disabledAt ? a.since(formatTime(account.disabledAt, locale)) : a.no}</dd>
        </div>
        <div>
          <dt>{a.professional}</dt>
          <dd>{a.standings[account.professional]}</dd>
        </div>
      </dl>
      {canModerate ? (
        <div class="actions">
          {account.disabledAt ? (
            <form method="post" action={`${base}/enable`}>
              <button type="submit" class="button button--secondary">
                {a.enable}
              </button>
            </form>
          ) : (
            <form method="post" action={`${base}/disable`}>
              <p class="hint" id="disable-hint">
                {a.disableHint}
              </p>
              <button type="submit" class="button" aria-describedby="disable-hint">
                {a.disable}
              </button>
            </form>
          )}
          <form method="post" action={`${base}/role`}>
            <input type="hidden" name="role" value={otherRole} />
            <button type="submit" class="button button--secondary">
              {otherRole === 'admin' ? a.makeAdmin : a.makeMember}
            </button>
          </form>
        </div>
      ) : (
        <p class="muted">{a.yourself}</p>
      )}
    </article>
  );
}

export function ReportsPage({
  m,
  locale,
  reports,
}: {
  m: AdminText;
  locale: Locale;
  reports: Awaited<ReturnType<typeof listingReportsForAdmin>>;
}) {
  const r = m.reports;
  const problem = (code: string) => (r.problems as Record<string, string>)[code] ?? code;
  return (
    <AdminFrame m={m} section="reports" title={r.title}>
      <p>{r.lead}</p>
      {reports.length === 0 ? (
        <p>{r.empty}</p>
      ) : (
        <table class="table-stack">
          <caption class="visually-hidden">{r.title}</caption>
          <thead>
            <tr>
              <th scope="col">{r.group}</th>
              <th scope="col">{r.problem}</th>
              <th scope="col">{r.details}</th>
              <th scope="col">{r.date}</th>
              <th scope="col">{r.resolved}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr>
                <td data-label={r.group}>
                  <a href={`/groups/${encodeURIComponent(report.groupSlug)}`}>{report.groupName}</a>
                </td>
                <td data-label={r.problem}>{problem(report.problem)}</td>
                <td data-label={r.details}>{report.details}</td>
                <td data-label={r.date}>
                  <When at={report.createdAt} locale={locale} />
                </td>
                <td data-label={r.resolved}>
                  {report.resolvedAt ? (
                    <When at={report.resolvedAt} locale={locale} />
                  ) : (
                    m.accounts.no
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminFrame>
  );
}
