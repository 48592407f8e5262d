import type { Locale } from '../../../i18n/locales.js';
import { plainDateOf } from '../../../shared/schedule/format.js';
import { formatOccurrence } from '../../../shared/schedule/index.js';
import { PostBody } from '../../../views/plain-text.js';
import type { OrgAccess } from '../access.js';
import type { OrgText } from '../messages/index.js';
import type { OrgGroupRow, OrgListRow, OrgTherapist } from '../queries.js';

/** The public side of organisations: the list (/orgs) and an organisation's page (/orgs/{slug}). */

type Ctx = { t: OrgText; locale: Locale; zone: string };

const day = (d: Date | string, locale: Locale) =>
  plainDateOf(new Date(d).toISOString().slice(0, 10), locale);

export function OrgBadges({
  org,
  ctx,
}: {
  org: Pick<OrgAccess, 'kind' | 'verifiedAt' | 'claimedAt'>;
  ctx: Ctx;
}) {
  const { t } = ctx;
  return (
    <p class="result__badges">
      <span class="badge badge--neutral">{t.kinds[org.kind]}</span>
      {org.verifiedAt ? (
        <span class="badge badge--verified">{t.page.verified}</span>
      ) : org.claimedAt ? (
        <span class="badge badge--neutral">{t.page.notVerified}</span>
      ) : null}
    </p>
  );
}

export function OrgListPage({
  ctx,
  orgs,
  mine,
}: {
  ctx: Ctx;
  orgs: OrgListRow[];
  mine: { slug: string; name: string; role: 'owner' | 'editor' }[];
}) {
  const { t } = ctx;
  return (
    <section class="orgs">
      <h1>{t.list.title}</h1>
      <p class="lead">{t.list.lead}</p>
      {mine.length ? (
        <nav aria-labelledby="mine" class="card">
          <h2 id="mine">{t.list.mine}</h2>
          <ul>
            {mine.map((o) => (
              <li>
                <a href={`/orgs/${o.slug}/manage`}>{t.list.manage(o.name)}</a> (
                {t.manage.roles[o.role]})
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p>
        <a class="button button--secondary" href="/orgs/new">
          {t.list.start}
        </a>
      </p>
      {orgs.length === 0 ? (
        <p>{t.list.none}</p>
      ) : (
        <ul class="results">
          {orgs.map((o) => (
            <li class="result">
              <h2 class="result__name">
                <a href={`/orgs/${o.slug}`}>{o.name}</a>
              </h2>
              <OrgBadges
                org={{
                  kind: o.kind as OrgAccess['kind'],
                  verifiedAt: o.verified_at,
                  claimedAt: new Date(),
                }}
                ctx={ctx}
              />
              <p>{t.page.groupCount(o.groups)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupItem({ g, ctx }: { g: OrgGroupRow; ctx: Ctx }) {
  const { t, locale } = ctx;
  const next =
    g.next_start && g.next_end && g.timezone
      ? formatOccurrence(
          { start: new Date(g.next_start), end: new Date(g.next_end), localDate: '' },
          ctx.zone,
          g.timezone,
          locale,
        )
      : null;
  const place = g.mode === 'online' ? t.page.online : [g.city, g.region].filter(Boolean).join(', ');
  return (
    <li class={`result result--${g.kind}`}>
      <h3 class="result__name">
        <a href={`/groups/${g.slug}`}>{g.name}</a>
      </h3>
      <p class="result__badges">
        <span class={`badge badge--${g.kind}`}>{t.groupKinds[g.kind]}</span>
        {g.status === 'temporarily_closed' ? (
          <span class="badge badge--warning">{t.page.closed}</span>
        ) : null}
      </p>
      <p>
        {next ? (
          <>
            <strong>{next.viewer}</strong>
            {next.group ? <span class="muted"> · {t.page.localTime(next.group)}</span> : null}
          </>
        ) : (
          t.page.noMeetings
        )}
        {place ? ` · ${place}` : ''}
      </p>
    </li>
  );
}

export function OrgPage(props: {
  ctx: Ctx;
  org: OrgAccess;
  groups: { total: number; rows: OrgGroupRow[] };
  page: number;
  pages: number;
  therapists: OrgTherapist[];
  signedIn: boolean;
}) {
  const { ctx, org } = props;
  const { t, locale } = ctx;
  const p = t.page;
  return (
    <article class="org">
      <h1>{org.name}</h1>
      <OrgBadges org={org} ctx={ctx} />
      {org.verifiedAt ? <p class="hint">{p.verifiedWhat(day(org.verifiedAt, locale))}</p> : null}
      {org.claimedAt ? null : (
        <div class="notice">
          <p>{p.unclaimed}</p>
          <p>
            <a href={`/orgs/${org.slug}/claim`}>{p.claimLink}</a>
          </p>
        </div>
      )}
      {org.role ? (
        <p>
          <a class="button" href={`/orgs/${org.slug}/manage`}>
            {p.manage}
          </a>
        </p>
      ) : null}
      {org.url ? (
        <p>
          {p.website}{' '}
          <a href={org.url} rel="nofollow noopener noreferrer">
            {org.url}
          </a>
        </p>
      ) : null}
      {org.description ? (
        <section aria-labelledby="about">
          <h2 id="about">{p.about}</h2>
          <PostBody body={org.description} />
        </section>
      ) : null}
      {props.therapists.length ? (
        <section aria-labelledby="therapists">
          <h2 id="therapists">{p.therapists}</h2>
          <ul>
            {props.therapists.map((th) => (
              <li>
                <a href={`/therapists/${th.slug}`}>{th.name}</a> ({th.licence_type},{' '}
                {th.jurisdiction})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="groups">
        <h2 id="groups">{p.groups}</h2>
        <p>{p.groupCount(props.groups.total)}</p>
        {props.groups.rows.length ? (
          <ul class="results">
            {props.groups.rows.map((g) => (
              <GroupItem g={g} ctx={ctx} />
            ))}
          </ul>
        ) : null}
        {props.pages > 1 ? (
          <nav aria-label={p.pages} class="pagination">
            {props.page > 1 ? (
              <a href={`/orgs/${org.slug}?page=${props.page - 1}`}>{p.previous}</a>
            ) : null}{' '}
            <span>{p.pageOf(props.page, props.pages)}</span>{' '}
            {props.page < props.pages ? (
              <a href={`/orgs/${org.slug}?page=${props.page + 1}`}>{p.next}</a>
            ) : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="data">
        <h2 id="data">{p.openData}</h2>
        <p>{p.openDataWhat}</p>
        <ul>
          <li>
            <a href={`/orgs/${org.slug}/meeting-guide.json`}>{p.meetingGuide}</a>
          </li>
          <li>
            <a href={`/hsds/services?organization_id=${org.id}`}>{p.hsds}</a>
          </li>
        </ul>
      </section>
    </article>
  );
}
