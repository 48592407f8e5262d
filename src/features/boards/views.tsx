import { ErrorSummary, Field, type FieldErrors, Notice, TextArea } from '../../views/forms.js';
import type { OwnPenalty } from './penalties.js';
import type { BoardStanding } from './policies.js';
import { boardPath, type Ctx, PostItem } from './post-views.js';
import type { PostView, Preferences, ThreadLine } from './read.js';
import { BODY_MAX, TITLE_MAX } from './rules.js';

/** The board's pages: the list of threads and one thread. Each works without JavaScript. */

function Pager({
  ctx,
  page,
  pages,
  href,
}: {
  ctx: Ctx;
  page: number;
  pages: number;
  href: (n: number) => string;
}) {
  if (pages <= 1) return null;
  const { t } = ctx;
  return (
    <nav class="pager" aria-label={t.board.pages}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t.board.previous}
        </a>
      ) : null}
      <span aria-current="page">{t.board.page(page, pages)}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t.board.next}
        </a>
      ) : null}
    </nav>
  );
}

/** The viewer's own penalties here, with the leaders' reasons: nobody is punished in silence. */
function OwnPenalties({ ctx, penalties }: { ctx: Ctx; penalties: OwnPenalty[] }) {
  if (penalties.length === 0) return null;
  const { t } = ctx;
  return (
    <section class="notice" aria-labelledby="own-penalties">
      <h2 id="own-penalties">{t.board.yourPenalties}</h2>
      <ul>
        {penalties.map((p) => (
          <li>
            {t.board.penaltyLine(ctx.fmt(p.at), t.moderation.rungs[p.rung] ?? p.rung, p.reason)}
          </li>
        ))}
      </ul>
      <p>
        <a href="/resources/group-board-rules">{t.board.rulesLink}</a>
      </p>
    </section>
  );
}

function StandingNote({ ctx, standing }: { ctx: Ctx; standing: BoardStanding }) {
  if (ctx.leads) return null;
  const { t } = ctx;
  if (standing.mutedUntil) {
    return (
      <Notice>
        {standing.mutedUntil.getUTCFullYear() >= 9999
          ? t.board.mutedForever
          : t.board.mutedNote(ctx.fmt(standing.mutedUntil))}
      </Notice>
    );
  }
  return standing.waitingForFirstMeeting ? <Notice>{t.board.waitingNote}</Notice> : null;
}

function ChoiceSelect({
  ctx,
  name,
  label,
  value,
}: {
  ctx: Ctx;
  name: string;
  label: string;
  value: string;
}) {
  const { t } = ctx;
  return (
    <p class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name}>
        {(
          [
            ['now', t.board.prefNow],
            ['daily', t.board.prefDaily],
            ['off', t.board.prefOff],
          ] as const
        ).map(([v, text]) => (
          <option value={v} selected={value === v}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

export function BoardPage(props: {
  ctx: Ctx;
  groupName: string;
  standing: BoardStanding;
  threads: ThreadLine[];
  total: number;
  page: number;
  pages: number;
  q: string;
  prefs: Preferences;
  penalties: OwnPenalty[];
  saved: boolean;
  errors: FieldErrors;
  values: { title: string; body: string };
}) {
  const { ctx } = props;
  const { t } = ctx;
  const base = boardPath(ctx.slug);
  const href = (n: number) =>
    `${base}?${new URLSearchParams({ ...(props.q ? { q: props.q } : {}), page: String(n) })}`;
  return (
    <section class="board">
      <p class="breadcrumb">
        <a href={`/groups/${ctx.slug}`}>{t.board.backToGroup}</a>
      </p>
      <h1>
        {t.board.heading}: {props.groupName}
      </h1>
      <p class="lead">{t.board.lead}</p>
      <p>
        <a href="/resources/group-board-rules">{t.board.rulesLink}</a>
        {ctx.leads ? (
          <>
            {' · '}
            <a href={`/lead/${ctx.slug}/moderation`}>{t.board.moderation}</a>
          </>
        ) : null}
      </p>
      {props.saved ? <Notice>{t.board.prefSaved}</Notice> : null}
      <StandingNote ctx={ctx} standing={props.standing} />
      <OwnPenalties ctx={ctx} penalties={props.penalties} />
      <form method="get" action={base} class="board-search">
        <label for="q">{t.board.search}</label>
        <input id="q" name="q" type="search" value={props.q} maxlength={200} />
        <button type="submit" class="button button--secondary">
          {t.board.searchButton}
        </button>
      </form>
      {props.q ? (
        <p>
          <strong>{t.board.resultsFor(props.q)}</strong> · <a href={base}>{t.board.clearSearch}</a>
        </p>
      ) : null}
      {props.threads.length === 0 ? (
        <p>{props.q ? t.board.noResults : t.board.empty}</p>
      ) : (
        <ul class="thread-list">
          {props.threads.map((th) => (
            <li class="thread-line">
              <a href={`${base}/t/${th.id}`} class="thread-line__title">
                {th.title || (th.underReview ? t.board.underReviewTitle : t.board.untitled)}
              </a>
              <span class="thread-line__meta">
                {[
                  th.pinned ? t.board.pinned : '',
                  th.locked ? t.board.locked : th.closed ? t.board.closed : '',
                  th.following ? t.board.following : '',
                ]
                  .filter(Boolean)
                  .map((label) => (
                    <span class="tag">{label}</span>
                  ))}{' '}
                {t.board.by(th.authorName ?? t.board.formerMember)} · {t.board.replies(th.replies)}{' '}
                · {t.board.lastPost}{' '}
                <time datetime={th.lastPostAt.toISOString()}>{ctx.fmt(th.lastPostAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager ctx={ctx} page={props.page} pages={props.pages} href={href} />
      {ctx.canPost ? (
        <section aria-labelledby="new-thread">
          <h2 id="new-thread">{t.board.newThread}</h2>
          <ErrorSummary errors={props.errors} title={t.errors.problemTitle} />
          <form method="post" action={base} novalidate>
            <Field
              name="title"
              label={t.board.threadTitle}
              value={props.values.title}
              error={props.errors.title}
              maxlength={TITLE_MAX}
            />
            <TextArea
              name="body"
              label={t.board.body}
              hint={t.board.bodyHint}
              value={props.values.body}
              error={props.errors.body}
              maxlength={BODY_MAX}
              rows={6}
            />
            <button type="submit" class="button button--primary">
              {t.board.post}
            </button>
          </form>
        </section>
      ) : null}
      <details class="board-prefs">
        <summary>{t.board.preferences}</summary>
        <form method="post" action={`${base}/preferences`}>
          <ChoiceSelect
            ctx={ctx}
            name="replies"
            label={t.board.prefReplies}
            value={props.prefs.replies}
          />
          <ChoiceSelect
            ctx={ctx}
            name="newThreads"
            label={t.board.prefThreads}
            value={props.prefs.newThreads}
          />
          <button type="submit" class="button button--secondary">
            {t.board.prefSave}
          </button>
        </form>
      </details>
    </section>
  );
}

export function ThreadPage(props: {
  ctx: Ctx;
  standing: BoardStanding;
  thread: {
    id: string;
    title: string;
    closed: boolean;
    locked: boolean;
    pinned: boolean;
    slowMinutes: number;
  };
  titleShown: boolean;
  posts: PostView[];
  page: number;
  pages: number;
  following: boolean;
  errors: FieldErrors;
  value: string;
}) {
  const { ctx, thread } = props;
  const { t } = ctx;
  const base = boardPath(ctx.slug);
  const path = `${base}/t/${thread.id}`;
  const mayReply = ctx.canPost && (ctx.leads || !thread.closed);
  return (
    <section class="board-thread">
      <p class="breadcrumb">
        <a href={base}>{t.thread.backToBoard}</a>
      </p>
      <h1>{props.titleShown ? thread.title || t.board.untitled : t.board.underReviewTitle}</h1>
      <StandingNote ctx={ctx} standing={props.standing} />
      {thread.locked ? (
        <Notice>{t.thread.lockedNote}</Notice>
      ) : thread.closed ? (
        <Notice>{t.thread.closedNote}</Notice>
      ) : null}
      {thread.slowMinutes > 0 ? <p class="hint">{t.thread.slowNote(thread.slowMinutes)}</p> : null}
      <form method="post" action={`${path}/follow`} class="inline-form">
        <input type="hidden" name="follow" value={props.following ? 'no' : 'yes'} />
        <button type="submit" class="button button--secondary" aria-describedby="follow-hint">
          {props.following ? t.thread.unfollow : t.thread.follow}
        </button>{' '}
        <span class="hint" id="follow-hint">
          {t.thread.followHint}
        </span>
      </form>
      <ol class="post-list">
        {props.posts.map((post) => (
          <PostItem ctx={ctx} post={post} threadId={thread.id} locked={thread.locked} />
        ))}
      </ol>
      <Pager ctx={ctx} page={props.page} pages={props.pages} href={(n) => `${path}?page=${n}`} />
      {mayReply ? (
        <section aria-labelledby="reply-heading">
          <h2 id="reply-heading">{t.thread.reply}</h2>
          <ErrorSummary errors={props.errors} title={t.errors.problemTitle} />
          <form method="post" action={path} novalidate>
            <TextArea
              name="body"
              label={t.thread.yourReply}
              hint={t.board.bodyHint}
              value={props.value}
              error={props.errors.body}
              maxlength={BODY_MAX}
              rows={5}
            />
            <button type="submit" class="button button--primary">
              {t.thread.reply}
            </button>
          </form>
        </section>
      ) : null}
      {ctx.leads ? <ThreadControls ctx={ctx} thread={thread} /> : null}
    </section>
  );
}

function ThreadControls({
  ctx,
  thread,
}: {
  ctx: Ctx;
  thread: Parameters<typeof ThreadPage>[0]['thread'];
}) {
  const { t } = ctx;
  const action = `${boardPath(ctx.slug)}/t/${thread.id}/manage`;
  const button = (value: string, label: string) => (
    <button type="submit" name="action" value={value} class="button button--secondary">
      {label}
    </button>
  );
  return (
    <section aria-labelledby="thread-controls" class="thread-controls">
      <h2 id="thread-controls">{t.thread.manage}</h2>
      <form method="post" action={action} class="button-row">
        {thread.pinned ? button('unpin', t.thread.unpin) : button('pin', t.thread.pin)}
        {thread.closed || thread.locked
          ? button('reopen', t.thread.reopen)
          : button('close', t.thread.close)}
        {thread.locked ? button('unlock', t.thread.unlock) : button('lock', t.thread.lock)}
      </form>
      <form method="post" action={action} class="inline-form">
        <input type="hidden" name="action" value="slow" />
        <p class="field">
          <label for="slow">{t.thread.slowLabel}</label>
          <input
            id="slow"
            name="minutes"
            type="number"
            min={0}
            max={1440}
            value={String(thread.slowMinutes)}
            inputmode="numeric"
          />
        </p>
        <button type="submit" class="button button--secondary">
          {t.thread.slowSet}
        </button>
      </form>
    </section>
  );
}
