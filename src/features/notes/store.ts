import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { openIntake, sealIntake } from '../membership/intake-crypto.js';

/*
 * Session notes as stored: every text sealed under the sensitive-fields key with its identity
 * bound in (`note:{id}:shared`, `note:{id}:{member}`, `addendum:{id}`), so a sealed text copied
 * onto another note or member does not open. Drafts change in place; signing locks a note;
 * addenda are the only change after that.
 */

export const ATTENDANCE = ['present', 'absent', 'excused'] as const;
export const RISK = ['none', 'low', 'moderate', 'high'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export type Risk = (typeof RISK)[number];

export type Entry = { attendance: Attendance; participation: string; risk: Risk; plan: string };
export type Addendum = { userId: string | null; text: string; writtenBy: string | null; at: Date };
export type Note = {
  id: string;
  number: number;
  sessionAt: Date | null;
  shared: string;
  status: 'draft' | 'signed';
  signedBy: string | null;
  signedAt: Date | null;
  entries: Map<string, Entry>;
  addenda: Addendum[];
};

export const TEXT_MAX = 4_000;

const sealText = (key: Buffer, aad: string, text: string) => sealIntake(key, aad, { text });
const openText = (key: Buffer, aad: string, sealed: string) =>
  String(openIntake(key, aad, sealed).text ?? '');

function openEntry(key: Buffer, noteId: string, userId: string, sealed: string): Entry {
  const e = openIntake(key, `note:${noteId}:${userId}`, sealed);
  return {
    attendance: (ATTENDANCE as readonly string[]).includes(String(e.attendance))
      ? (e.attendance as Attendance)
      : 'absent',
    participation: String(e.participation ?? ''),
    risk: (RISK as readonly string[]).includes(String(e.risk)) ? (e.risk as Risk) : 'none',
    plan: String(e.plan ?? ''),
  };
}

type NoteRow = {
  id: string;
  number: number;
  session_at: Date | string | null;
  shared: string;
  status: 'draft' | 'signed';
  signed_by_name: string | null;
  signed_at: Date | string | null;
};

/** One session's note, opened, with every entry (or only `onlyFor`'s) and addenda. */
export async function noteOf(
  db: Db,
  key: Buffer,
  groupId: string,
  number: number,
  onlyFor?: string,
): Promise<Note | null> {
  const [row] = await queryRows<NoteRow>(
    db,
    sql`SELECT n.id, n.number, n.session_at, n.shared, n.status, u.name AS signed_by_name, n.signed_at
          FROM session_notes n LEFT JOIN users u ON u.id = n.signed_by
         WHERE n.group_id = ${groupId} AND n.number = ${number}`,
  );
  return row ? openNote(db, key, row, onlyFor) : null;
}

async function openNote(db: Db, key: Buffer, row: NoteRow, onlyFor?: string): Promise<Note> {
  const who = onlyFor ? sql`AND user_id = ${onlyFor}` : sql``;
  const entries = await queryRows<{ user_id: string; sealed: string }>(
    db,
    sql`SELECT user_id, sealed FROM session_note_entries WHERE note_id = ${row.id} ${who}`,
  );
  const addenda = await queryRows<{
    id: string;
    user_id: string | null;
    sealed: string;
    name: string | null;
    created_at: Date | string;
  }>(
    db,
    sql`SELECT a.id, a.user_id, a.sealed, u.name, a.created_at FROM session_note_addenda a
          LEFT JOIN users u ON u.id = a.written_by
         WHERE a.note_id = ${row.id} ${onlyFor ? sql`AND (a.user_id IS NULL OR a.user_id = ${onlyFor})` : sql``}
         ORDER BY a.created_at, a.id`,
  );
  return {
    id: row.id,
    number: row.number,
    sessionAt: row.session_at ? new Date(row.session_at) : null,
    shared: openText(key, `note:${row.id}:shared`, row.shared),
    status: row.status,
    signedBy: row.signed_by_name,
    signedAt: row.signed_at ? new Date(row.signed_at) : null,
    entries: new Map(entries.map((e) => [e.user_id, openEntry(key, row.id, e.user_id, e.sealed)])),
    addenda: addenda.map((a) => ({
      userId: a.user_id,
      text: openText(key, `addendum:${a.id}`, a.sealed),
      writtenBy: a.name,
      at: new Date(a.created_at),
    })),
  };
}

/** Every note of the group, by session number, with its state only (nothing opened). */
export async function noteStates(db: Db, groupId: string) {
  const rows = await queryRows<{ number: number; status: 'draft' | 'signed' }>(
    db,
    sql`SELECT number, status FROM session_notes WHERE group_id = ${groupId}`,
  );
  return new Map(rows.map((r) => [r.number, r.status]));
}

export class NoteLocked extends Error {}

/**
 * Save a draft (creating it), and sign it when asked: after signing nothing changes but
 * addenda. The row is locked for the write, so two therapists saving at once cannot both pass
 * the draft check. A draft takes its session's date as it is now (a session moved after the
 * draft was begun moves with it); a signed note keeps the date it was signed with.
 */
export async function saveNote(
  db: Db,
  key: Buffer,
  input: {
    groupId: string;
    number: number;
    sessionAt: Date | null;
    shared: string;
    entries: Map<string, Entry>;
    by: string;
    sign: boolean;
  },
) {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    await tx.execute(
      sql`INSERT INTO session_notes (group_id, number, session_at, shared, written_by)
          VALUES (${input.groupId}, ${input.number}, ${input.sessionAt}, '', ${input.by})
          ON CONFLICT (group_id, number) DO NOTHING`,
    );
    const [note] = await queryRows<{ id: string; status: string }>(
      tx,
      sql`SELECT id, status FROM session_notes WHERE group_id = ${input.groupId} AND number = ${input.number} FOR UPDATE`,
    );
    if (!note || note.status === 'signed') throw new NoteLocked();
    await tx.execute(
      sql`UPDATE session_notes SET shared = ${sealText(key, `note:${note.id}:shared`, input.shared)},
                 session_at = COALESCE(${input.sessionAt}, session_at), updated_at = now(),
                 status = ${input.sign ? 'signed' : 'draft'},
                 signed_by = ${input.sign ? input.by : null}, signed_at = ${input.sign ? sql`now()` : null}
           WHERE id = ${note.id}`,
    );
    for (const [userId, e] of input.entries) {
      const sealed = sealIntake(key, `note:${note.id}:${userId}`, { ...e });
      await tx.execute(
        sql`INSERT INTO session_note_entries (note_id, user_id, sealed) VALUES (${note.id}, ${userId}, ${sealed})
            ON CONFLICT (note_id, user_id) DO UPDATE SET sealed = excluded.sealed`,
      );
    }
    return note.id;
  });
}

/** A correction to a signed note's shared part (userId null) or to one member's entry. */
export async function addAddendum(
  db: Db,
  key: Buffer,
  input: { groupId: string; number: number; userId: string | null; text: string; by: string },
): Promise<boolean> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [note] = await queryRows<{ id: string; status: string }>(
      tx,
      sql`SELECT id, status FROM session_notes WHERE group_id = ${input.groupId} AND number = ${input.number}`,
    );
    if (note?.status !== 'signed') return false;
    if (input.userId) {
      const [has] = await queryRows<{ ok: boolean }>(
        tx,
        sql`SELECT EXISTS (SELECT 1 FROM session_note_entries WHERE note_id = ${note.id} AND user_id = ${input.userId}) AS ok`,
      );
      if (!has?.ok) return false;
    }
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO session_note_addenda (note_id, user_id, sealed, written_by)
          VALUES (${note.id}, ${input.userId}, '', ${input.by}) RETURNING id`,
    );
    const id = (row as { id: string }).id;
    await tx.execute(
      sql`UPDATE session_note_addenda SET sealed = ${sealText(key, `addendum:${id}`, input.text)} WHERE id = ${id}`,
    );
    return true;
  });
}

/** A member's signed notes in one group, oldest first: the shared part, their entry, addenda. */
export async function memberRecord(
  db: Db,
  key: Buffer,
  groupId: string,
  userId: string,
): Promise<Note[]> {
  const rows = await queryRows<NoteRow>(
    db,
    sql`SELECT n.id, n.number, n.session_at, n.shared, n.status, u.name AS signed_by_name, n.signed_at
          FROM session_notes n LEFT JOIN users u ON u.id = n.signed_by
         WHERE n.group_id = ${groupId} AND n.status = 'signed'
           AND EXISTS (SELECT 1 FROM session_note_entries e WHERE e.note_id = n.id AND e.user_id = ${userId})
         ORDER BY n.number`,
  );
  const notes: Note[] = [];
  for (const row of rows) notes.push(await openNote(db, key, row, userId));
  return notes;
}

/** Everyone a note is about: the group's members now, and anyone it already has an entry for. */
export async function peopleOfNote(db: Db, groupId: string, number: number) {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT u.id, u.name FROM users u
         WHERE u.id IN (SELECT user_id FROM memberships WHERE group_id = ${groupId} AND status = 'member'
                        UNION
                        SELECT e.user_id FROM session_note_entries e JOIN session_notes n ON n.id = e.note_id
                         WHERE n.group_id = ${groupId} AND n.number = ${number})
         ORDER BY u.name, u.id`,
  );
}
