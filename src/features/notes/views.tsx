import { ErrorSummary, type FieldErrors, Notice } from '../../views/forms.js';
import { PostBody } from '../../views/plain-text.js';
import type { NotesText } from './messages/index.js';
import { ATTENDANCE, type Entry, type Note, RISK, TEXT_MAX } from './store.js';

/** Session notes: the list, one note (a draft form, or signed with its addenda), a record. */

export type Ctx = { t: NotesText; slug: string; fmt: (d: Date) => string };
type Person = { id: string; name: string };

export function NotesList(props: {
  ctx: Ctx;
  groupName: string;
  sessions: { number: number; start: Date | null; status: 'draft' | 'signed' | null }[];
  members: Person[];
}) {
  const { t, slug, fmt } = props.ctx;
  const l = t.list;
  return (
    <section class="notes">
      <p class="breadcrumb">
        <a href={`/lead/${slug}`}>{props.groupName}</a>
      </p>
      <h1>{l.title(props.groupName)}</h1>
      <p class="lead">{l.lead}</p>
      <ol class="plan-list">
        {props.sessions.map((s) => (
          <li class="plan-line">
            <p>
              <strong>{l.session(s.number)}</strong> {s.start ? `· ${l.on(fmt(s.start))}` : ''}
            </p>
            <p class="muted">
              {s.status === 'signed' ? l.signed : s.status === 'draft' ? l.draft : l.none}
            </p>
            <p>
              <a
                href={`/lead/${slug}/notes/${s.number}`}
                aria-label={`${s.status ? l.open : l.write}: ${l.session(s.number)}`}
              >
                {s.status ? l.open : l.write}
              </a>
            </p>
          </li>
        ))}
      </ol>
      <h2>{l.records}</h2>
      {props.members.length === 0 ? (
        <p>{l.noMembers}</p>
      ) : (
        <ul>
          {props.members.map((m) => (
            <li>
              <a href={`/lead/${slug}/notes/members/${m.id}`}>{l.record(m.name)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Select(props: {
  name: string;
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  words: Record<string, string>;
}) {
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        {props.options.map((o) => (
          <option value={o} selected={props.value === o}>
            {props.words[o]}
          </option>
        ))}
      </select>
    </p>
  );
}

function Area(props: {
  name: string;
  id: string;
  label: string;
  value: string;
  hint?: string;
  rows?: number;
  error?: string;
}) {
  return (
    <p class={props.error ? 'field field--error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="field-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      ) : null}
      <textarea
        id={props.id}
        name={props.name}
        rows={props.rows ?? 3}
        maxlength={TEXT_MAX}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={
          [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        {props.value}
      </textarea>
    </p>
  );
}

const blank: Entry = { attendance: 'present', participation: '', risk: 'none', plan: '' };

export function DraftForm(props: {
  ctx: Ctx;
  number: number;
  shared: string;
  people: Person[];
  entries: Map<string, Entry>;
  errors: FieldErrors;
  saved: boolean;
}) {
  const { t, slug } = props.ctx;
  const n = t.note;
  return (
    <section class="note">
      <p class="breadcrumb">
        <a href={`/lead/${slug}/notes`}>{n.back}</a>
      </p>
      <h1>{n.title(props.number)}</h1>
      {props.saved ? <Notice>{n.saved}</Notice> : null}
      <ErrorSummary errors={props.errors} title={n.errorTitle} />
      <form method="post" action={`/lead/${slug}/notes/${props.number}`} novalidate>
        <Area
          name="shared"
          id="shared"
          label={n.shared}
          hint={n.sharedHint}
          value={props.shared}
          rows={5}
          error={props.errors.shared}
        />
        {props.people.length === 0 ? <p>{n.noMembersYet}</p> : null}
        {props.people.map((p, i) => {
          const e = props.entries.get(p.id) ?? blank;
          const id = `m${i}`;
          return (
            <fieldset class="note-member" id={id}>
              <legend>{n.member(p.name)}</legend>
              <input type="hidden" name="member" value={p.id} />
              <Select
                name={`attendance:${p.id}`}
                id={`${id}-attendance`}
                label={n.attendance}
                value={e.attendance}
                options={ATTENDANCE}
                words={n.attendances}
              />
              <Area
                name={`participation:${p.id}`}
                id={`${id}-participation`}
                label={n.participation}
                value={e.participation}
                error={props.errors[id]}
              />
              <Select
                name={`risk:${p.id}`}
                id={`${id}-risk`}
                label={n.risk}
                value={e.risk}
                options={RISK}
                words={n.risks}
              />
              <Area name={`plan:${p.id}`} id={`${id}-plan`} label={n.plan} value={e.plan} />
            </fieldset>
          );
        })}
        <p class="hint" id="sign-hint">
          {n.signHint}
        </p>
        <p class="button-row">
          <button type="submit" name="action" value="save" class="button button--secondary">
            {n.save}
          </button>
          <button
            type="submit"
            name="action"
            value="sign"
            class="button button--primary"
            aria-describedby="sign-hint"
          >
            {n.sign}
          </button>
        </p>
      </form>
    </section>
  );
}

function EntryView({ t, e }: { t: NotesText; e: Entry }) {
  const n = t.note;
  return (
    <dl class="facts">
      <div>
        <dt>{n.attendance}</dt>
        <dd>{n.attendances[e.attendance]}</dd>
      </div>
      <div>
        <dt>{n.risk}</dt>
        <dd>{n.risks[e.risk]}</dd>
      </div>
      {e.participation ? (
        <div>
          <dt>{n.participation}</dt>
          <dd>
            <PostBody body={e.participation} />
          </dd>
        </div>
      ) : null}
      {e.plan ? (
        <div>
          <dt>{n.plan}</dt>
          <dd>
            <PostBody body={e.plan} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A signed note read back: the shared part, each member's part, and the addenda in order. */
export function SignedNote(props: { ctx: Ctx; note: Note; people: Person[]; errors: FieldErrors }) {
  const { t, fmt } = props.ctx;
  const n = t.note;
  const { note } = props;
  const addendaFor = (userId: string | null) => note.addenda.filter((a) => a.userId === userId);
  const Addenda = ({ userId }: { userId: string | null }) => (
    <>
      {addendaFor(userId).map((a) => (
        <div class="note-addendum">
          <p class="muted">{n.addendumBy(a.writtenBy ?? '', fmt(a.at))}</p>
          <PostBody body={a.text} />
        </div>
      ))}
    </>
  );
  return (
    <>
      <p class="muted">
        {n.signedBy(note.signedBy ?? '', note.signedAt ? fmt(note.signedAt) : '')}
      </p>
      <h2>{n.shared}</h2>
      <PostBody body={note.shared || '—'} />
      <Addenda userId={null} />
      {props.people
        .filter((p) => note.entries.has(p.id))
        .map((p) => (
          <section class="note-member">
            <h2>{n.member(p.name)}</h2>
            <EntryView t={t} e={note.entries.get(p.id) as Entry} />
            <Addenda userId={p.id} />
          </section>
        ))}
    </>
  );
}

export function AddendumForm(props: {
  ctx: Ctx;
  number: number;
  people: Person[];
  errors: FieldErrors;
}) {
  const { t, slug } = props.ctx;
  const n = t.note;
  return (
    <form
      method="post"
      action={`/lead/${slug}/notes/${props.number}/addenda`}
      class="note-addendum-form"
      novalidate
    >
      <h2>{n.addendum}</h2>
      <ErrorSummary errors={props.errors} title={n.errorTitle} />
      <p class="field">
        <label for="about">{n.about}</label>
        <select id="about" name="about">
          <option value="shared">{n.aboutShared}</option>
          {props.people.map((p) => (
            <option value={p.id}>{p.name}</option>
          ))}
        </select>
      </p>
      <Area name="text" id="text" label={n.text} value="" error={props.errors.text} />
      <button type="submit" class="button button--primary">
        {n.add}
      </button>
    </form>
  );
}
