import type { Note } from './store.js';
import type { Ctx } from './views.js';
import { SignedNote } from './views.js';

/**
 * One member's signed notes from one group, as a page that prints cleanly (print or save as
 * PDF from the browser): for their therapists to hand over, and for the member themselves.
 */
export function RecordPage(props: {
  ctx: Ctx;
  name: string;
  groupName: string;
  notes: Note[];
  person: { id: string; name: string };
  back: string;
  own?: boolean;
}) {
  const { t, fmt } = props.ctx;
  const r = t.record;
  return (
    <article class="note-record">
      <p class="breadcrumb no-print">
        <a href={props.back}>{t.note.back}</a>
      </p>
      <h1>{props.own ? t.mine.title(props.groupName) : r.title(props.name, props.groupName)}</h1>
      <p class="lead">{props.own ? t.mine.lead : r.lead}</p>
      <p class="hint no-print">{r.print}</p>
      {props.notes.length === 0 ? <p>{r.empty}</p> : null}
      {props.notes.map((note) => (
        <section class="note-record__session">
          <h2>{r.session(note.number, note.sessionAt ? fmt(note.sessionAt) : '')}</h2>
          <SignedNote ctx={props.ctx} note={note} people={[props.person]} errors={{}} />
        </section>
      ))}
    </article>
  );
}
