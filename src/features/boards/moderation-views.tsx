import type { FieldErrors } from '../../views/forms.js';
import { Notice } from '../../views/forms.js';
import type { LogLine } from './log.js';
import type { BoardText } from './messages/index.js';
import type { PenaltyRow } from './penalties.js';
import type { HeldPost, ListingReport, QueuedPost } from './queue.js';
import type { BoardSettings } from './standing.js';

/** The moderators' pages: one group's queue for its leaders, every group's for administrators. */

export type ModCtx = { t: BoardText; fmt: (d: Date) => string; action: string; admin: boolean };

function Words({ text }: { text: string }) {
  return <blockquote class="mod-words">{text}</blockquote>;
}

export function ReportedList({
  ctx,
  posts,
  errors,
}: {
  ctx: ModCtx;
  posts: QueuedPost[];
  errors: FieldErrors;
}) {
  const m = ctx.t.moderation;
  if (posts.length === 0) return <p>{m.noReports}</p>;
  return (
    <ol class="mod-queue">
      {posts.map((p) => {
        const id = `d-${p.postId}`;
        const err = errors[id];
        return (
          <li class="mod-item">
            <p class="mod-item__meta">
              {ctx.admin ? (
                <>
                  <a href={`/groups/${p.groupSlug}`}>{p.groupName}</a> ·{' '}
                </>
              ) : null}
              {m.inThread(p.threadTitle)} · {p.authorName ?? ctx.t.board.formerMember} ·{' '}
              {ctx.fmt(p.firstAt)}
            </p>
            <Words text={p.snapshot} />
            <p>
              <strong>{m.reasonsLine}:</strong>{' '}
              {Object.entries(p.reasons)
                .map(([r, n]) => `${ctx.t.report.reasons[r] ?? r} (${n})`)
                .join(', ')}
              {p.byLeader ? ` · ${m.byLeader}` : ''} · {m.currently}: {m.states[p.state] ?? p.state}
            </p>
            {p.notes.length > 0 ? (
              <div>
                <p>
                  <strong>{m.notes}:</strong>
                </p>
                <ul>
                  {p.notes.map((n) => (
                    <li>{n}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <form
              method="post"
              action={`${ctx.action}/posts/${p.postId}`}
              class="mod-decide"
              novalidate
            >
              <fieldset class="checks checks--inline">
                <legend>{m.decision}</legend>
                <label>
                  <input type="radio" name="decision" value="keep" /> {m.keep}
                </label>
                <label>
                  <input type="radio" name="decision" value="hide" checked /> {m.hide}
                </label>
                <label>
                  <input type="radio" name="decision" value="delete" /> {m.remove}
                </label>
              </fieldset>
              <fieldset class="checks">
                <legend>{m.penalise}</legend>
                <label>
                  <input type="radio" name="penalise" value="none" checked /> {m.penaliseNone}
                </label>
                <label>
                  <input type="radio" name="penalise" value="group" />{' '}
                  {m.penaliseGroup(m.rungs[p.nextRung] ?? p.nextRung)}
                </label>
                {ctx.admin ? (
                  <label>
                    <input type="radio" name="penalise" value="site" /> {m.penaliseSite}
                  </label>
                ) : null}
              </fieldset>
              <p class={err ? 'field field--error' : 'field'}>
                <label for={id}>{m.why}</label>
                {err ? (
                  <span class="field-error" id={`${id}-error`}>
                    {err}
                  </span>
                ) : null}
                <input
                  id={id}
                  name="note"
                  type="text"
                  maxlength={500}
                  aria-invalid={err ? 'true' : undefined}
                  aria-describedby={err ? `${id}-error` : undefined}
                />
              </p>
              <button type="submit" class="button button--primary">
                {m.decide}
              </button>
            </form>
          </li>
        );
      })}
    </ol>
  );
}

export function HeldList({ ctx, posts }: { ctx: ModCtx; posts: HeldPost[] }) {
  const m = ctx.t.moderation;
  if (posts.length === 0) return <p>{m.noHeld}</p>;
  return (
    <ol class="mod-queue">
      {posts.map((p) => (
        <li class="mod-item">
          <p class="mod-item__meta">
            {m.inThread(p.threadTitle)} · {p.authorName ?? ctx.t.board.formerMember} ·{' '}
            {ctx.fmt(p.createdAt)} · {ctx.t.thread.reasons[p.reason ?? ''] ?? ''}
          </p>
          <Words text={p.body} />
          <form method="post" action={`${ctx.action}/held/${p.postId}`} class="button-row">
            <button type="submit" name="approve" value="yes" class="button button--primary">
              {m.approve}
            </button>
            <button type="submit" name="approve" value="no" class="button button--secondary">
              {m.deleteHeld}
            </button>
          </form>
        </li>
      ))}
    </ol>
  );
}

export function ListingList({ ctx, reports }: { ctx: ModCtx; reports: ListingReport[] }) {
  const m = ctx.t.moderation;
  if (reports.length === 0) return <p>{m.noListing}</p>;
  return (
    <ol class="mod-queue">
      {reports.map((r) => (
        <li class="mod-item">
          <p class="mod-item__meta">
            {ctx.admin ? (
              <>
                <a href={`/groups/${r.groupSlug}`}>{r.groupName}</a> ·{' '}
              </>
            ) : null}
            {m.problems[r.problem] ?? r.problem} · {ctx.fmt(r.createdAt)}
          </p>
          {r.details ? <Words text={r.details} /> : null}
          <form method="post" action={`${ctx.action}/listing/${r.id}`} class="button-row">
            <button type="submit" name="outcome" value="fixed" class="button button--primary">
              {m.fixed}
            </button>
            <button type="submit" name="outcome" value="no_change" class="button button--secondary">
              {m.noChange}
            </button>
          </form>
        </li>
      ))}
    </ol>
  );
}

function logWhat(t: BoardText, action: string) {
  const m = t.moderation;
  const [kind, arg = ''] = action.split(':');
  if (kind === 'decided') return m.logDecided(arg);
  if (kind === 'penalty') return m.logPenalty(m.rungs[arg] ?? arg);
  if (kind === 'lifted') return m.logLifted(m.rungs[arg] ?? arg);
  if (kind === 'slow') return m.logSlow(arg);
  if (kind === 'settings') return m.logSettings;
  if (kind === 'listing') return m.logListing(arg);
  return m.actions[action] ?? action;
}

export function LogTable({ ctx, lines }: { ctx: ModCtx; lines: LogLine[] }) {
  const m = ctx.t.moderation;
  if (lines.length === 0) return <p>{m.noLog}</p>;
  return (
    <table class="table-stack">
      <caption class="visually-hidden">{m.log}</caption>
      <thead>
        <tr>
          <th scope="col">{m.when}</th>
          <th scope="col">{m.who}</th>
          <th scope="col">{m.what}</th>
          <th scope="col">{m.about}</th>
          <th scope="col">{m.note}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr>
            <td data-label={m.when}>{ctx.fmt(l.at)}</td>
            <td data-label={m.who}>{l.actorName ?? ''}</td>
            <td data-label={m.what}>{logWhat(ctx.t, l.action)}</td>
            <td data-label={m.about}>{l.subjectName ?? ''}</td>
            <td data-label={m.note}>{l.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PenaltyList({ ctx, rows }: { ctx: ModCtx; rows: PenaltyRow[] }) {
  const m = ctx.t.moderation;
  if (rows.length === 0) return <p>{m.noPenalties}</p>;
  return (
    <ul class="mod-penalties">
      {rows.map((p) => (
        <li>
          {p.userName}: {m.rungs[p.rung]}
          {p.endsAt ? ` (${m.until(ctx.fmt(p.endsAt))})` : ''}
          {p.siteWide ? ` · ${m.siteWide}` : ''} · {p.reason}{' '}
          {p.siteWide ? null : (
            <form method="post" action={`${ctx.action}/penalties/${p.id}/lift`} class="inline-form">
              <button
                type="submit"
                class="link-button"
                aria-label={`${m.lift}: ${p.userName}, ${m.rungs[p.rung]}`}
              >
                {m.lift}
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SettingsForm({
  ctx,
  settings,
  saved,
}: {
  ctx: ModCtx;
  settings: BoardSettings;
  saved: boolean;
}) {
  const m = ctx.t.moderation;
  return (
    <form method="post" action={`${ctx.action}/settings`}>
      {saved ? <Notice>{m.saved}</Notice> : null}
      <fieldset class="checks">
        <legend>{m.newMembers}</legend>
        <label>
          <input
            type="radio"
            name="newMembers"
            value="at_once"
            checked={settings.newMembers === 'at_once'}
          />{' '}
          {m.atOnce}
        </label>
        <label>
          <input
            type="radio"
            name="newMembers"
            value="after_first_meeting"
            checked={settings.newMembers === 'after_first_meeting'}
          />{' '}
          {m.afterFirstMeeting}
        </label>
      </fieldset>
      <p class="field">
        <label class="check">
          <input
            type="checkbox"
            name="holdFirstPosts"
            value="on"
            checked={settings.holdFirstPosts}
          />{' '}
          {m.holdFirst}
        </label>
      </p>
      <button type="submit" class="button button--secondary">
        {m.saveSettings}
      </button>
    </form>
  );
}
