import type { Locale } from '../../i18n/locales.js';
import { ErrorSummary, type FieldErrors, TextArea } from '../../views/forms.js';
import { PostBody } from '../../views/plain-text.js';
import { WorriedButton } from '../safety/views.js';
import type { BoardText } from './messages/index.js';
import type { PostView } from './read.js';
import { BODY_MAX, REPORT_CHOICES, withinEditWindow } from './rules.js';

/** What every board page needs to draw a post and its forms. */
export type Ctx = {
  t: BoardText;
  locale: Locale;
  slug: string;
  fmt: (d: Date) => string;
  leads: boolean;
  canPost: boolean;
};

export const boardPath = (slug: string) => `/groups/${slug}/board`;

export function PostItem({
  ctx,
  post,
  threadId,
  locked,
}: {
  ctx: Ctx;
  post: PostView;
  threadId: string;
  locked: boolean;
}) {
  const { t } = ctx;
  const base = boardPath(ctx.slug);
  const back = `${base}/t/${threadId}#p-${post.id}`;
  const author = post.authorName ?? t.board.formerMember;
  const why = post.reason ? (t.thread.reasons[post.reason] ?? post.reason) : '';
  return (
    <li class={`post post--${post.state}`} id={`p-${post.id}`}>
      <p class="post__meta">
        <strong>{author}</strong> ·{' '}
        <time datetime={post.createdAt.toISOString()}>{ctx.fmt(post.createdAt)}</time>
        {post.editedAt ? <span> · {t.thread.edited}</span> : null}
      </p>
      {post.state === 'deleted' ? (
        <p class="post__note">{t.thread.deleted}</p>
      ) : post.body === null ? (
        <p class="post__note">{t.thread.hiddenForOthers}</p>
      ) : (
        <>
          {post.state !== 'visible' ? (
            <p class="post__note" role="note">
              {ctx.leads
                ? post.state === 'held'
                  ? t.thread.heldForLeaders(why)
                  : t.thread.hiddenForLeaders(why)
                : post.state === 'held'
                  ? t.thread.heldYours
                  : t.thread.yoursUnderReview}
            </p>
          ) : null}
          <PostBody body={post.body} />
        </>
      )}
      {post.state === 'deleted' ? null : (
        <div class="post__actions">
          {post.mine &&
          !locked &&
          ctx.canPost &&
          withinEditWindow(post.createdAt) &&
          post.state !== 'hidden' ? (
            <a href={`${base}/p/${post.id}/edit`}>{t.thread.edit}</a>
          ) : null}
          {post.mine && !locked ? (
            <form method="post" action={`${base}/p/${post.id}/delete`} class="inline-form">
              <button
                type="submit"
                class="link-button"
                aria-label={`${t.thread.delete}: ${t.thread.postedAt} ${ctx.fmt(post.createdAt)}`}
              >
                {t.thread.delete}
              </button>
            </form>
          ) : null}
          {!post.mine && post.state === 'visible' ? (
            <>
              <a href={`${base}/p/${post.id}/report`}>{t.thread.report}</a>
              <WorriedButton locale={ctx.locale} item="board_post" id={post.id} back={back} />
            </>
          ) : null}
        </div>
      )}
    </li>
  );
}

export function EditPage({
  ctx,
  postId,
  threadId,
  value,
  errors,
}: {
  ctx: Ctx;
  postId: string;
  threadId: string;
  value: string;
  errors: FieldErrors;
}) {
  const { t } = ctx;
  const base = boardPath(ctx.slug);
  return (
    <section class="form-narrow">
      <h1>{t.edit.title}</h1>
      <ErrorSummary errors={errors} title={t.errors.problemTitle} />
      <p class="hint">{t.edit.window}</p>
      <form method="post" action={`${base}/p/${postId}/edit`} novalidate>
        <TextArea
          name="body"
          label={t.board.body}
          hint={t.board.bodyHint}
          value={value}
          error={errors.body}
          maxlength={BODY_MAX}
          rows={8}
        />
        <p class="actions">
          <button type="submit" class="button button--primary">
            {t.edit.save}
          </button>{' '}
          <a href={`${base}/t/${threadId}#p-${postId}`}>{t.edit.cancel}</a>
        </p>
      </form>
    </section>
  );
}

export function ReportPage({
  ctx,
  postId,
  threadId,
  errors,
  values,
}: {
  ctx: Ctx;
  postId: string;
  threadId: string;
  errors: FieldErrors;
  values: { reason: string; note: string };
}) {
  const { t } = ctx;
  const base = boardPath(ctx.slug);
  return (
    <section class="form-narrow">
      <h1>{t.report.title}</h1>
      <ErrorSummary errors={errors} title={t.errors.problemTitle} />
      <p>{t.report.lead}</p>
      <form method="post" action={`${base}/p/${postId}/report`} novalidate>
        <fieldset
          class="checks"
          id="reason"
          aria-describedby={errors.reason ? 'reason-error' : 'reason-hint'}
        >
          <legend>{t.report.reason}</legend>
          {errors.reason ? (
            <span class="field-error" id="reason-error">
              {errors.reason}
            </span>
          ) : null}
          <span class="hint" id="reason-hint">
            {t.report.crisisHint}
          </span>
          {REPORT_CHOICES.map((r) => (
            <label>
              <input type="radio" name="reason" value={r} checked={values.reason === r} />{' '}
              {t.report.reasons[r]}
            </label>
          ))}
        </fieldset>
        <TextArea
          name="note"
          label={t.report.note}
          value={values.note}
          error={errors.note}
          maxlength={500}
          rows={3}
        />
        <p class="actions">
          <button type="submit" class="button button--primary">
            {t.report.send}
          </button>{' '}
          <a href={`${base}/t/${threadId}#p-${postId}`}>{t.report.cancel}</a>
        </p>
      </form>
    </section>
  );
}
