import type { MembershipText } from '../messages/index.js';
import type { Application, GroupLink, IntakeQuestion } from '../queries.js';
import { DecisionForm } from './decision-form.js';

/** One application, with its intake answers, for one of the group's therapists. */
export function ApplicationPage(p: {
  m: MembershipText;
  groupName: string;
  slug: string;
  application: Application;
  questions: IntakeQuestion[];
  referralChoices: GroupLink[];
  fmt: (d: Date) => string;
}) {
  const { m, application: x } = p;
  const t = m.people;
  return (
    <article class="application">
      <p>
        <a href={`/lead/${p.slug}/people`}>{t.title(p.groupName)}</a>
      </p>
      <h1>{x.name}</h1>
      <p>
        {t.asked}: {p.fmt(x.createdAt)} · <span class="tag">{t.status[x.status] ?? x.status}</span>
      </p>
      <p class="hint">{t.auditNote}</p>
      <h2>{t.answers}</h2>
      {x.answers === null ? (
        <p>{t.unreadable}</p>
      ) : (
        <dl class="answers">
          {p.questions.map((q) => {
            const a = x.answers?.[q.id];
            const shown =
              a === undefined || a === '' || (Array.isArray(a) && a.length === 0)
                ? t.unanswered
                : Array.isArray(a)
                  ? a.join(', ')
                  : q.type === 'yes_no'
                    ? a === 'yes'
                      ? m.apply.yes
                      : m.apply.no
                    : a;
            return (
              <div>
                <dt>{q.prompt}</dt>
                <dd>{shown}</dd>
              </div>
            );
          })}
        </dl>
      )}
      {['applied', 'screening', 'waitlisted'].includes(x.status) ? (
        <DecisionForm
          m={m}
          action={`/lead/${p.slug}/people/${x.membershipId}/decision`}
          id={x.membershipId}
          choices={p.referralChoices}
          screening={x.status === 'applied'}
          application
        />
      ) : null}
    </article>
  );
}
