import { type SharingConsent, sharingAllowed } from './consent.js';
import type { Note } from './store.js';

function SharingForm({
  ctx,
  consent,
  action,
}: {
  ctx: Ctx;
  consent: SharingConsent;
  action: string;
}) {
  const t = ctx.t.sharing;
  const allowed = sharingAllowed(consent);
  return (
    <section class="no-print" id="sharing" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t.heading}</h2>
      <p>{t.lead}</p>
      <p>{allowed && consent.given ? t.given(ctx.fmt(consent.given)) : t.none}</p>
      <form method="post" action={action}>
        <input type="hidden" name="give" value={allowed ? 'no' : 'yes'} />
        <button type="submit" class="button button--secondary">
          {allowed ? t.withdraw : t.give}
        </button>
      </form>
    </section>
  );
}

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
  /** On a member's own page: their consent to their therapists exporting their notes. */
  consent?: SharingConsent;
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
      {props.consent ? (
        <SharingForm
          ctx={props.ctx}
          consent={props.consent}
          action={`${props.back}/notes/sharing`}
        />
      ) : null}
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
