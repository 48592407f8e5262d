import type { RoomState } from './bus.js';
import type { Control } from './controls.js';
import type { RoomEvent } from './events.js';
import type { RoomText } from './messages/index.js';
import type { RoomPerson } from './people.js';

type Fmt = (d: Date) => string;
/**
 * Who is looking, with what they may do. `view` names the language and time zone the page is
 * drawn in, so streams can share what they render (stream.tsx).
 */
export type Me = { id: string; leads: boolean; slug: string; t: RoomText; fmt: Fmt; view: string };

const base = (slug: string) => `/groups/${slug}/room`;

/** The confidentiality rule, shown before anyone enters and kept at hand inside. */
export function RoomRule({ t, keepDays }: { t: RoomText; keepDays: number }) {
  return (
    <section class="room-rule" aria-labelledby="room-rule">
      <h2 id="room-rule">{t.rule.heading}</h2>
      <ul>
        <li>{keepDays > 0 ? t.rule.kept(keepDays) : t.rule.deleted}</li>
        <li>{t.rule.names}</li>
        <li>{t.rule.reported}</li>
        <li>{t.rule.safety}</li>
      </ul>
    </section>
  );
}

function ControlButton({
  me,
  control,
  person,
  message,
}: {
  me: Me;
  control: Control;
  person?: string;
  message?: number;
}) {
  return (
    <form method="post" action={`${base(me.slug)}/control`} class="inline-form">
      <input type="hidden" name="control" value={control} />
      {person ? <input type="hidden" name="person" value={person} /> : null}
      {message ? <input type="hidden" name="message" value={String(message)} /> : null}
      <button
        type="submit"
        class={
          control === 'remove' || control === 'end'
            ? 'button button--danger'
            : 'button button--quiet'
        }
      >
        {me.t.controls.control[control]}
      </button>
    </form>
  );
}

/**
 * One message, as this viewer may see it, with what they may do about it (nothing when the
 * room is closed and only kept messages are shown).
 */
export function MessageItem({ e, me, readOnly }: { e: RoomEvent; me: Me; readOnly?: boolean }) {
  const { t } = me;
  if (e.kind === 'alert') {
    const d = e.data ?? {};
    return (
      <li id={`m${e.id}`} class="room-msg room-msg--alert">
        <p>{t.log.alert(String(d.name ?? ''), String(d.level ?? 'concern'))}</p>
        <a href={`/safety/alerts/${String(d.alert ?? '')}`}>{t.log.openAlert}</a>
      </li>
    );
  }
  const mine = e.authorId === me.id;
  const who = mine ? t.log.you : (e.authorName ?? '');
  return (
    <li
      id={`m${e.id}`}
      class={`room-msg${e.held ? ' room-msg--held' : ''}${e.waiting ? ' room-msg--waiting' : ''}`}
    >
      <p class="room-msg__meta">
        <strong>{e.waiting && me.leads && !mine ? t.log.waitingFrom(who) : who}</strong>{' '}
        <time datetime={e.createdAt.toISOString()}>{me.fmt(e.createdAt)}</time>
      </p>
      <p class="room-msg__body">{e.body}</p>
      {e.held ? <p class="room-msg__held">{me.leads ? t.log.heldLeader : t.log.held}</p> : null}
      {e.waiting || readOnly ? null : (
        <div class="room-msg__actions">
          {me.leads && e.held ? <ControlButton me={me} control="release" message={e.id} /> : null}
          {me.leads && !e.held ? <ControlButton me={me} control="pin" message={e.id} /> : null}
          {!mine && !e.held ? (
            <>
              <form method="post" action="/safety/worried" class="inline-form">
                <input type="hidden" name="item" value="room_message" />
                <input type="hidden" name="id" value={String(e.id)} />
                <input type="hidden" name="back" value={base(me.slug)} />
                <button type="submit" class="button button--quiet">
                  {t.actions.worried}
                </button>
              </form>
              <a class="room-msg__report" href={`${base(me.slug)}/report?message=${e.id}`}>
                {t.actions.report}
              </a>
            </>
          ) : null}
        </div>
      )}
    </li>
  );
}

const nameOf = (people: RoomPerson[], id: string | null) =>
  people.find((p) => p.userId === id)?.name ?? '';

/** Who is here, who shares now and next, the room's state; for facilitators, the controls. */
export function StatePanel({ state, me }: { state: RoomState; me: Me }) {
  const { t } = me;
  const { session, people, pinned } = state;
  const here = people.filter((p) => p.state === 'in' && p.here);
  const self = people.find((p) => p.userId === me.id);
  const waiting = people.filter((p) => p.state === 'waiting');
  return (
    <div id="room-state" class="room-state">
      {pinned ? (
        <section class="room-pinned" aria-label={t.log.pinned}>
          <p>
            <strong>{t.log.pinned}:</strong> {pinned.authorName}: {pinned.body}
          </p>
          {me.leads ? <ControlButton me={me} control="unpin" /> : null}
        </section>
      ) : null}
      {session.locked ? <p class="notice">{t.state.locked}</p> : null}
      {session.paused ? <p class="notice">{t.state.paused}</p> : null}
      <section aria-labelledby="room-order">
        <h2 id="room-order">{t.state.sharing}</h2>
        <p>{session.sharingNow ? nameOf(people, session.sharingNow) : t.state.nobody}</p>
        {session.queue.length > 0 ? (
          <>
            <h3>{t.state.next}</h3>
            <ol class="room-queue">
              {session.queue.map((id) => (
                <li>
                  {nameOf(people, id)}
                  {me.leads ? (
                    <>
                      <ControlButton me={me} control="queue_up" person={id} />
                      <ControlButton me={me} control="queue_drop" person={id} />
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {me.leads ? (
          <div class="room-actions">
            <ControlButton me={me} control="next" />
            <ControlButton me={me} control="done" />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="room-people">
        <h2 id="room-people">{t.state.count(here.length)}</h2>
        {self && !me.leads ? (
          <>
            {self.muted ? <p class="notice">{t.state.mutedYou}</p> : null}
            {self.handRaisedAt ? <p>{t.state.handUp}</p> : null}
            <form method="post" action={`${base(me.slug)}/hand`}>
              <input type="hidden" name="up" value={self.handRaisedAt ? '0' : '1'} />
              <button type="submit" class="button">
                {self.handRaisedAt ? t.state.lowerHand : t.state.hand}
              </button>
            </form>
          </>
        ) : null}
        <ul class="room-people">
          {people
            .filter((p) => p.state !== 'waiting' && (me.leads || (p.state === 'in' && p.here)))
            .map((p) => (
              <li>
                {p.name}
                {p.leads ? <span class="room-people__marks"> · {t.log.leader}</span> : null}
                {me.leads ? (
                  <span class="room-people__marks">
                    {p.handRaisedAt ? ` · ${t.controls.hand}` : ''}
                    {p.muted ? ` · ${t.controls.muted}` : ''}
                    {p.state === 'removed'
                      ? ` · ${t.controls.removed}`
                      : !p.here
                        ? ` · ${t.controls.away}`
                        : ''}
                  </span>
                ) : null}
                {me.leads && p.state === 'in' && !p.leads ? (
                  <span class="room-people__controls">
                    <ControlButton me={me} control="queue_add" person={p.userId} />
                    <ControlButton
                      me={me}
                      control={p.muted ? 'unmute' : 'mute'}
                      person={p.userId}
                    />
                    <ControlButton me={me} control="remove" person={p.userId} />
                  </span>
                ) : null}
              </li>
            ))}
        </ul>
      </section>
      {me.leads ? (
        <section aria-labelledby="room-waiting">
          <h2 id="room-waiting">{t.controls.waiting}</h2>
          {waiting.length === 0 ? <p>{t.controls.noneWaiting}</p> : null}
          <ul class="room-waiting">
            {waiting.map((p) => (
              <li>
                {p.name} <ControlButton me={me} control="admit" person={p.userId} />
                <form method="post" action={`${base(me.slug)}/messages`} class="room-reply">
                  <input type="hidden" name="to" value={p.userId} />
                  <label for={`reply-${p.userId}`}>{t.controls.reply(p.name)}</label>
                  <input id={`reply-${p.userId}`} name="message" maxlength={1000} required />
                  <button type="submit" class="button button--quiet">
                    {t.form.send}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <div class="room-actions">
            <ControlButton me={me} control={session.locked ? 'unlock' : 'lock'} />
            <ControlButton me={me} control={session.paused ? 'resume' : 'pause'} />
            <ControlButton me={me} control="end" />
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** For the group's leaders: how long the room's messages are kept for members. */
export function KeepForm(p: { me: Me; keepDays: number; error?: string; saved?: boolean }) {
  const { t } = p.me;
  const describedBy = p.error ? 'keep-hint keep-error' : 'keep-hint';
  return (
    <form method="post" action={`${base(p.me.slug)}/settings`} class="room-settings" novalidate>
      <h2 id="room-settings">{t.controls.settings}</h2>
      {p.saved ? (
        <p class="notice" role="status">
          {t.controls.saved}
        </p>
      ) : null}
      {p.error ? (
        <p class="field-error" id="keep-error" role="alert">
          {p.error}
        </p>
      ) : null}
      <div class="field">
        <label for="keep-days">{t.controls.keepDays}</label>
        <p class="hint" id="keep-hint">
          {t.controls.keepHint}
        </p>
        <input
          id="keep-days"
          name="keepDays"
          type="number"
          inputmode="numeric"
          min={0}
          max={7}
          step={1}
          value={String(p.keepDays)}
          aria-describedby={describedBy}
          aria-invalid={p.error ? 'true' : undefined}
        />
      </div>
      <button type="submit" class="button button--secondary">
        {t.controls.save}
      </button>
    </form>
  );
}
