import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { SLUG } from '../../lib/slug-pattern.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import type { Viewer } from '../accounts/viewer.js';
import { formBody, one } from '../leading/guard.js';
import type { GroupAccess } from '../membership/access.js';
import { groupAccess, requireGroup } from '../membership/guards.js';
import { MAX_SESSIONS, sessionDates } from '../therapists/plans.js';
import { dateTimeFor } from '../zones/zone.js';
import { setSharingConsent, sharingAllowed, sharingConsentOf } from './consent.js';
import { notesText } from './messages/index.js';
import { canReadOwnNotes, canWriteNotes } from './policies.js';
import { RecordPage } from './record.js';
import {
  ATTENDANCE,
  addAddendum,
  type Entry,
  memberRecord,
  NoteLocked,
  noteOf,
  noteStates,
  peopleOfNote,
  RISK,
  saveNote,
  TEXT_MAX,
} from './store.js';
import { AddendumForm, type Ctx, DraftForm, NotesList, SignedNote } from './views.js';

/*
 * Session notes: /lead/{slug}/notes for the group's therapists, /groups/{slug}/notes for a
 * member's own signed record. Every page that opens notes is an audited read (who, which group,
 * which session or member); a refused attempt is audited too.
 */

const NOTES = `/lead/:slug{${SLUG}}/notes`;
const ONE = `${NOTES}/:number{[0-9]{1,3}}`;
const UUIDISH = '[A-Za-z0-9_-]{8,64}';

const readAudit = (
  c: Context<AppEnv>,
  viewer: Viewer,
  access: GroupAccess,
  details: Record<string, string | number>,
  denied = false,
) =>
  audit(c.var.deps.database.db, {
    action: denied ? 'notes.read_denied' : 'notes.read',
    actorId: viewer.id,
    targetType: 'group',
    targetId: access.groupId,
    ip: ipOf(c),
    details,
  });

const guard = requireGroup(canWriteNotes, {
  onRefused: (c, viewer, access) => readAudit(c, viewer, access, { path: c.req.routePath }, true),
});

function ctxOf(c: Context<AppEnv>): Ctx {
  return {
    t: notesText(c.var.locale),
    slug: groupAccess(c).slug,
    fmt: dateTimeFor(c),
  };
}

const numberOf = (c: Context<AppEnv>) => {
  const n = Number(c.req.param('number'));
  if (!Number.isInteger(n) || n < 1 || n > MAX_SESSIONS) throw new HTTPException(404);
  return n;
};

const keyOf = (c: Context<AppEnv>) => c.var.deps.config.membership.intakeKey;

async function notePage(
  c: Context<AppEnv>,
  number: number,
  form?: { shared: string; entries: Map<string, Entry>; errors: FieldErrors },
  addendumErrors: FieldErrors = {},
) {
  const access = groupAccess(c);
  const viewer = signedIn(c);
  const { db } = c.var.deps.database;
  const ctx = ctxOf(c);
  const [note, people] = await Promise.all([
    noteOf(db, keyOf(c), access.groupId, number),
    peopleOfNote(db, access.groupId, number),
  ]);
  if (note) await readAudit(c, viewer, access, { session: number });
  c.header('Cache-Control', 'no-store');
  const title = ctx.t.note.title(number);
  const status =
    form?.errors && Object.keys(form.errors).length
      ? 400
      : Object.keys(addendumErrors).length
        ? 400
        : 200;
  if (note?.status === 'signed') {
    return renderPage(
      c,
      { title, status },
      <section class="note">
        <p class="breadcrumb">
          <a href={`/lead/${access.slug}/notes`}>{ctx.t.note.back}</a>
        </p>
        <h1>{title}</h1>
        <SignedNote ctx={ctx} note={note} people={people} errors={{}} />
        <AddendumForm
          ctx={ctx}
          number={number}
          people={people.filter((p) => note.entries.has(p.id))}
          errors={addendumErrors}
        />
      </section>,
    );
  }
  return renderPage(
    c,
    { title, status },
    <DraftForm
      ctx={ctx}
      number={number}
      shared={form?.shared ?? note?.shared ?? ''}
      people={people}
      entries={form?.entries ?? note?.entries ?? new Map()}
      errors={form?.errors ?? {}}
      saved={c.req.query('saved') === '1'}
    />,
  );
}

/** The draft form as sent: the shared part and, per member listed, their four fields. */
function parseNote(body: Record<string, string | string[]>, t: ReturnType<typeof notesText>) {
  const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
  const shared = one(body.shared).replace(/\r\n?/g, '\n').trim();
  const errors: FieldErrors = {};
  if (shared.length > TEXT_MAX) errors.shared = t.note.problems.long;
  const entries = new Map<string, Entry>();
  list(body.member).forEach((id, i) => {
    const attendance = one(body[`attendance:${id}`]);
    const risk = one(body[`risk:${id}`]);
    const participation = one(body[`participation:${id}`]).trim();
    const plan = one(body[`plan:${id}`]).trim();
    if (
      !(ATTENDANCE as readonly string[]).includes(attendance) ||
      !(RISK as readonly string[]).includes(risk)
    )
      errors[`m${i}`] = t.note.problems.choice;
    else if (participation.length > TEXT_MAX || plan.length > TEXT_MAX)
      errors[`m${i}`] = t.note.problems.long;
    entries.set(id, {
      attendance: attendance as Entry['attendance'],
      risk: risk as Entry['risk'],
      participation,
      plan,
    });
  });
  return { shared, entries, errors };
}

export function notesRoutes() {
  const app = new Hono<AppEnv>();

  app.get(NOTES, guard, async (c) => {
    const access = groupAccess(c);
    const { db } = c.var.deps.database;
    const [{ dates }, states] = await Promise.all([
      sessionDates(db, access.groupId),
      noteStates(db, access.groupId),
    ]);
    // Sessions that have begun, and any with a note already.
    const begun = dates.filter((d) => d.start.getTime() <= Date.now()).length;
    const count = Math.min(MAX_SESSIONS, Math.max(begun, ...states.keys(), 1));
    const sessions = Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      start: dates[i]?.start ?? null,
      status: states.get(i + 1) ?? null,
    }));
    const members = await peopleOfNote(db, access.groupId, 0);
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: notesText(c.var.locale).list.title(access.name) },
      <NotesList ctx={ctxOf(c)} groupName={access.name} sessions={sessions} members={members} />,
    );
  });

  app.get(ONE, guard, (c) => notePage(c, numberOf(c)));

  app.post(ONE, guard, async (c) => {
    const access = groupAccess(c);
    const number = numberOf(c);
    const body = await formBody(c);
    const parsed = parseNote(body, notesText(c.var.locale));
    if (Object.keys(parsed.errors).length) return notePage(c, number, parsed);
    const { db } = c.var.deps.database;
    const members = new Set((await peopleOfNote(db, access.groupId, number)).map((p) => p.id));
    for (const id of parsed.entries.keys())
      if (!members.has(id))
        throw new HTTPException(400, { message: notesText(c.var.locale).note.problems.choice });
    const { dates } = await sessionDates(db, access.groupId);
    const sign = one(body.action) === 'sign';
    try {
      await saveNote(db, keyOf(c), {
        groupId: access.groupId,
        number,
        sessionAt: dates[number - 1]?.start ?? null,
        shared: parsed.shared,
        entries: parsed.entries,
        by: signedIn(c).id,
        sign,
      });
    } catch (e) {
      if (e instanceof NoteLocked)
        throw new HTTPException(409, { message: notesText(c.var.locale).note.locked });
      throw e;
    }
    if (sign) {
      await audit(db, {
        action: 'notes.signed',
        actorId: signedIn(c).id,
        targetType: 'group',
        targetId: access.groupId,
        ip: ipOf(c),
        details: { session: number },
      });
    }
    return c.redirect(`/lead/${access.slug}/notes/${number}${sign ? '' : '?saved=1'}`, 303);
  });

  app.post(`${ONE}/addenda`, guard, async (c) => {
    const access = groupAccess(c);
    const number = numberOf(c);
    const body = await formBody(c);
    const t = notesText(c.var.locale);
    const text = one(body.text).replace(/\r\n?/g, '\n').trim();
    const about = one(body.about);
    if (text === '' || text.length > TEXT_MAX)
      return notePage(c, number, undefined, {
        text: text === '' ? t.note.problems.empty : t.note.problems.long,
      });
    const ok = await addAddendum(c.var.deps.database.db, keyOf(c), {
      groupId: access.groupId,
      number,
      userId: about === 'shared' ? null : about,
      text,
      by: signedIn(c).id,
    });
    if (!ok) throw new HTTPException(409, { message: t.note.problems.choice });
    await audit(c.var.deps.database.db, {
      action: 'notes.addendum_added',
      actorId: signedIn(c).id,
      targetType: 'group',
      targetId: access.groupId,
      ip: ipOf(c),
      details: { session: number },
    });
    return c.redirect(`/lead/${access.slug}/notes/${number}`, 303);
  });

  app.get(`${NOTES}/members/:member{${UUIDISH}}`, guard, async (c) => {
    const access = groupAccess(c);
    const { db } = c.var.deps.database;
    const memberId = c.req.param('member');
    const [person] = (await peopleOfNote(db, access.groupId, 0)).filter((p) => p.id === memberId);
    const notes = await memberRecord(db, keyOf(c), access.groupId, memberId);
    if (!person && notes.length === 0) throw new HTTPException(404);
    // Exporting is taking notes out of Gatherwell: only with the member's consent (consent.ts).
    if (!sharingAllowed(await sharingConsentOf(db, access.groupId, memberId))) {
      await readAudit(c, signedIn(c), access, { member: memberId, reason: 'no_consent' }, true);
      throw new HTTPException(403, {
        message: notesText(c.var.locale).sharing.needed(person?.name ?? ''),
      });
    }
    await readAudit(c, signedIn(c), access, { member: memberId, notes: notes.length });
    c.header('Cache-Control', 'no-store');
    const name = person?.name ?? '';
    return renderPage(
      c,
      { title: notesText(c.var.locale).record.title(name, access.name) },
      <RecordPage
        ctx={ctxOf(c)}
        name={name}
        groupName={access.name}
        notes={notes}
        person={{ id: memberId, name }}
        back={`/lead/${access.slug}/notes`}
      />,
    );
  });

  app.get(
    `/groups/:slug{${SLUG}}/notes`,
    requireGroup(canReadOwnNotes, { denied: (c) => notesText(c.var.locale).mine.lead }),
    async (c) => {
      const access = groupAccess(c);
      const viewer = signedIn(c);
      const { db } = c.var.deps.database;
      const notes = await memberRecord(db, keyOf(c), access.groupId, viewer.id);
      const consent = await sharingConsentOf(db, access.groupId, viewer.id);
      c.header('Cache-Control', 'no-store');
      return renderPage(
        c,
        { title: notesText(c.var.locale).mine.title(access.name) },
        <RecordPage
          ctx={ctxOf(c)}
          name={viewer.name}
          groupName={access.name}
          notes={notes}
          person={{ id: viewer.id, name: viewer.name }}
          back={`/groups/${access.slug}`}
          own
          consent={consent}
        />,
      );
    },
  );

  app.post(`/groups/:slug{${SLUG}}/notes/sharing`, requireGroup(canReadOwnNotes), async (c) => {
    const access = groupAccess(c);
    const give = one((await formBody(c)).give) === 'yes';
    await setSharingConsent(c.var.deps.database.db, {
      groupId: access.groupId,
      userId: signedIn(c).id,
      give,
      ip: ipOf(c),
    });
    return c.redirect(`/groups/${access.slug}/notes#sharing`, 303);
  });

  return app;
}
