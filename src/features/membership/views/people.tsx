import type { MembershipStatus } from '../../../db/schema/index.js';
import { Notice, TextArea } from '../../../views/forms.js';
import type { GroupAccess } from '../access.js';
import type { MembershipText } from '../messages/index.js';
import type { GroupLink, Person } from '../queries.js';
import { DecisionForm } from './decision-form.js';

const when = (d: Date | null, fmt: (d: Date) => string) => (d ? fmt(d) : '');

/** Requests, applications, waitlist and members, for the group's leaders. */
export function PeoplePage(p: {
  m: MembershipText;
  groupName: string;
  slug: string;
  policy: GroupAccess['policy'];
  capacity: number | null;
  people: Person[];
  referralChoices: GroupLink[];
  notice?: string;
  fmt: (d: Date) => string;
}) {
  const { m } = p;
  const t = m.people;
  const of = (...s: MembershipStatus[]) => p.people.filter((x) => s.includes(x.status));
  const members = of('member');
  const base = `/lead/${p.slug}/people`;
  return (
    <article class="people">
      <p>
        <a href={`/groups/${p.slug}`}>{t.back}</a>
      </p>
      <h1>{t.title(p.groupName)}</h1>
      {p.notice ? (
        <Notice>
          <p>{p.notice}</p>
        </Notice>
      ) : null}
      <p class="hint">{t.privacy}</p>
      <p>{t.count(members.length, p.capacity)}</p>

      {p.policy === 'application' ? (
        <section aria-labelledby="applications">
          <h2 id="applications">{t.applications}</h2>
          <PeopleList items={of('applied', 'screening')} m={m}>
            {(x) => (
              <>
                {' '}
                <span class="tag">{t.status[x.status]}</span> ·{' '}
                <a href={`${base}/${x.membershipId}`}>{t.open}</a>
              </>
            )}
          </PeopleList>
        </section>
      ) : (
        <section aria-labelledby="requests">
          <h2 id="requests">{t.requests}</h2>
          <PeopleList items={of('requested')} m={m}>
            {(x) => (
              <>
                <p>
                  {t.asked}: {p.fmt(x.createdAt)}
                </p>
                <p>{x.message ? `“${x.message}”` : t.noMessage}</p>
                <DecisionForm
                  m={m}
                  action={`${base}/${x.membershipId}/decision`}
                  id={x.membershipId}
                  choices={p.referralChoices}
                  screening={false}
                />
              </>
            )}
          </PeopleList>
        </section>
      )}

      <section aria-labelledby="waitlist">
        <h2 id="waitlist">{t.waitlist}</h2>
        <PeopleList items={of('waitlisted')} m={m} ordered>
          {(x) => (
            <>
              {' '}
              · {t.asked}: {p.fmt(x.createdAt)}
            </>
          )}
        </PeopleList>
        {of('offered').length > 0 ? (
          <>
            <h3>{t.offered}</h3>
            <PeopleList items={of('offered')} m={m}>
              {(x) => (
                <>
                  {' '}
                  · {t.until}: {when(x.offerExpiresAt, p.fmt)}
                </>
              )}
            </PeopleList>
          </>
        ) : null}
      </section>

      <section aria-labelledby="members">
        <h2 id="members">{t.members}</h2>
        <PeopleList items={members} m={m}>
          {(x) => (
            <>
              {' '}
              · {t.joined}: {when(x.joinedAt, p.fmt)}
              <details>
                <summary>{t.remove}</summary>
                <form method="post" action={`${base}/${x.membershipId}/remove`}>
                  <TextArea
                    name="reason"
                    id={`reason-${x.membershipId}`}
                    label={t.removeReason}
                    maxlength={2000}
                  />
                  <button type="submit" class="button button--danger">
                    {t.remove}
                  </button>
                </form>
              </details>
            </>
          )}
        </PeopleList>
      </section>
    </article>
  );
}

function PeopleList({
  items,
  m,
  ordered,
  children,
}: {
  items: Person[];
  m: MembershipText;
  ordered?: boolean;
  children: (x: Person) => unknown;
}) {
  if (items.length === 0) return <p>{m.people.none}</p>;
  const body = items.map((x) => (
    <li>
      <strong>{x.name}</strong>
      {children(x) as never}
    </li>
  ));
  return ordered ? <ol class="people-list">{body}</ol> : <ul class="people-list">{body}</ul>;
}
