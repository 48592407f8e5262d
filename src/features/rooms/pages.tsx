import type { Child } from 'hono/jsx';
import type { RoomState } from './bus.js';
import type { RoomEvent } from './events.js';
import { REPORT_REASONS } from './posting.js';
import { type Me, MessageItem, RoomRule, StatePanel } from './views.js';

const base = (slug: string) => `/groups/${slug}/room`;

type Form = { value?: string; error?: string };

function MessageForm({
  me,
  form,
  waiting,
  disabled,
}: {
  me: Me;
  form: Form;
  waiting: boolean;
  disabled: string | null;
}) {
  const { t } = me;
  if (disabled)
    return (
      <p class="notice" id="room-form">
        {disabled}
      </p>
    );
  return (
    <form
      method="post"
      action={`${base(me.slug)}/messages`}
      id="room-form"
      class="room-form"
      novalidate
    >
      {form.error ? (
        <p class="field-error" id="message-error" role="alert">
          {form.error}
        </p>
      ) : null}
      <label for="message">{waiting ? t.form.waitingLabel : t.form.label}</label>
      <p class="hint" id="message-hint">
        {t.form.hint}
      </p>
      <textarea
        id="message"
        name="message"
        rows={3}
        maxlength={1000}
        aria-describedby={form.error ? 'message-hint message-error' : 'message-hint'}
        aria-invalid={form.error ? 'true' : undefined}
      >
        {form.value ?? ''}
      </textarea>
      <button type="submit" class="button button--primary">
        {t.form.send}
      </button>
    </form>
  );
}

/** The room for someone admitted (or leading): state, messages, the form, a refresh link. */
export function RoomPage(p: {
  me: Me;
  groupName: string;
  state: RoomState;
  messages: RoomEvent[];
  after: number;
  keepDays: number;
  /** The leaders' room settings form, or null. */
  settings: Child;
  video: string | null;
  form: Form;
  notice?: string;
}) {
  const { t } = p.me;
  const self = p.state.people.find((x) => x.userId === p.me.id);
  const disabled = p.me.leads
    ? null
    : self?.muted
      ? t.form.muted
      : p.state.session.paused
        ? t.form.paused
        : null;
  return (
    <main id="main" class="room" data-room-events={`${base(p.me.slug)}/events?after=${p.after}`}>
      <RoomHeading me={p.me} groupName={p.groupName} />
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.video ? (
        <p class="room-video">
          {t.state.video}:{' '}
          <a href={p.video} rel="noopener noreferrer" target="_blank">
            {t.state.videoLink}
          </a>
        </p>
      ) : null}
      <div class="room-layout">
        <section aria-labelledby="room-log" class="room-log">
          <h2 id="room-log">{t.log.heading}</h2>
          <ol id="room-messages" aria-live="polite">
            {p.messages.map((e) => (
              <MessageItem e={e} me={p.me} />
            ))}
          </ol>
          {p.messages.length === 0 ? <p id="room-empty">{t.log.none}</p> : null}
          <MessageForm me={p.me} form={p.form} waiting={false} disabled={disabled} />
          <p>
            <a href={base(p.me.slug)} class="room-refresh">
              {t.form.refresh}
            </a>
          </p>
        </section>
        <StatePanel state={p.state} me={p.me} />
      </div>
      <details class="room-rule-details">
        <summary>{t.rule.heading}</summary>
        <RoomRule t={t} keepDays={p.keepDays} />
      </details>
      {p.settings}
    </main>
  );
}

/** The waiting room: a short chat with the facilitators until one lets the visitor in. */
export function WaitingPage(p: {
  me: Me;
  groupName: string;
  messages: RoomEvent[];
  after: number;
  form: Form;
}) {
  const { t } = p.me;
  return (
    <main id="main" class="room" data-room-events={`${base(p.me.slug)}/events?after=${p.after}`}>
      <h1>{t.waitingTitle(p.groupName)}</h1>
      <p>{t.waiting.intro}</p>
      <p>{t.waiting.admittedSoon}</p>
      <noscript>
        <p>{t.waiting.noScript}</p>
      </noscript>
      <ol id="room-messages" aria-live="polite">
        {p.messages.map((e) => (
          <MessageItem e={e} me={p.me} />
        ))}
      </ol>
      <MessageForm me={p.me} form={p.form} waiting={true} disabled={null} />
      <p>
        <a href={base(p.me.slug)}>{t.form.refresh}</a>
      </p>
    </main>
  );
}

/** The way back to the group's page, then the room's name. */
function RoomHeading(p: { me: Me; groupName: string }) {
  return (
    <>
      <p>
        <a href={`/groups/${p.me.slug}`}>{p.me.t.back}</a>
      </p>
      <h1>{p.me.t.title(p.groupName)}</h1>
    </>
  );
}

/** The door: the rule first, then come in (or wait, for a drop-in visitor), or why not. */
export function DoorPage(p: {
  me: Me;
  groupName: string;
  keepDays: number;
  can: 'enter' | 'wait' | 'locked' | 'removed';
  error?: string;
}) {
  const { t } = p.me;
  return (
    <main id="main" class="room">
      <RoomHeading me={p.me} groupName={p.groupName} />
      <RoomRule t={t} keepDays={p.keepDays} />
      {p.can === 'locked' ? <p class="notice">{t.door.locked}</p> : null}
      {p.can === 'removed' ? <p class="notice">{t.door.removed}</p> : null}
      {p.can === 'enter' || p.can === 'wait' ? (
        <form method="post" action={`${base(p.me.slug)}/enter`}>
          {p.can === 'wait' ? (
            <>
              {p.error ? (
                <p class="field-error" id="agree-error" role="alert">
                  {p.error}
                </p>
              ) : null}
              <label>
                <input
                  type="checkbox"
                  name="agree"
                  value="1"
                  aria-describedby={p.error ? 'agree-error' : undefined}
                />{' '}
                {t.door.agree}
              </label>
            </>
          ) : null}
          <button type="submit" class="button button--primary">
            {p.can === 'wait' ? t.door.wait : t.door.enter}
          </button>
        </form>
      ) : null}
    </main>
  );
}

/** The room when it is closed: when it opens next; for leaders, open it now; kept messages. */
export function ClosedPage(p: {
  me: Me;
  groupName: string;
  next: Date | null;
  kept: { until: Date; messages: RoomEvent[] } | null;
  ended: boolean;
  settings: Child;
}) {
  const { t } = p.me;
  return (
    <main id="main" class="room">
      <RoomHeading me={p.me} groupName={p.groupName} />
      <h2>{t.closed.heading}</h2>
      {p.ended ? <p>{t.closed.ended}</p> : null}
      <p>{p.next ? t.closed.next(p.me.fmt(p.next)) : t.closed.none}</p>
      {p.me.leads ? (
        <form method="post" action={`${base(p.me.slug)}/open`}>
          <p class="hint">{t.door.openedByHand}</p>
          <button type="submit" class="button button--primary">
            {t.door.leadOpen}
          </button>
        </form>
      ) : null}
      {p.kept ? (
        <section aria-labelledby="room-kept" class="room-kept">
          <h2 id="room-kept">{t.closed.kept(p.me.fmt(p.kept.until))}</h2>
          <ol>
            {p.kept.messages.map((e) => (
              <MessageItem e={e} me={{ ...p.me, leads: false }} readOnly />
            ))}
          </ol>
        </section>
      ) : null}
      {p.settings}
    </main>
  );
}

/** Reporting one message: the message, why, and a way back (its own page keeps messages small). */
export function ReportPage(p: { me: Me; groupName: string; e: RoomEvent }) {
  const { t } = p.me;
  return (
    <main id="main" class="room">
      <RoomHeading me={p.me} groupName={p.groupName} />
      <h2>{t.actions.reportReason}</h2>
      <blockquote class="room-msg">
        <p class="room-msg__meta">
          <strong>{p.e.authorName}</strong>
        </p>
        <p class="room-msg__body">{p.e.body}</p>
      </blockquote>
      <form method="post" action={`${base(p.me.slug)}/report`} class="room-form">
        <input type="hidden" name="message" value={String(p.e.id)} />
        <fieldset class="choices">
          <legend class="visually-hidden">{t.actions.reportReason}</legend>
          {REPORT_REASONS.map((r, i) => (
            <label>
              <input type="radio" name="reason" value={r} required checked={i === 0} />{' '}
              {t.actions.reasons[r]}
            </label>
          ))}
        </fieldset>
        <p class="hint">{t.rule.reported}</p>
        <button type="submit" class="button button--primary">
          {t.actions.report}
        </button>
      </form>
      <p>
        <a href={base(p.me.slug)}>{t.actions.backToRoom}</a>
      </p>
    </main>
  );
}
