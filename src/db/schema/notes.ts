import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './directory.js';

/*
 * Group therapy notes (notes/, docs/therapists.md): one note per session, with a shared part
 * (what the group did) and an entry per member (attendance, participation, risk, plan). Every
 * text is sealed with AES-256-GCM before it reaches the database (membership/intake-crypto.ts,
 * the note's or entry's identity bound in); only dates, numbers and states are clear. A signed
 * note is locked: later corrections are addenda, sealed the same way.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const sessionNotes = pgTable(
  'session_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** The session, numbered as session plans are (therapists/plans.ts). */
    number: integer('number').notNull(),
    sessionAt: at('session_at'),
    /** The shared part, sealed. */
    shared: text('shared').notNull(),
    status: text('status', { enum: ['draft', 'signed'] })
      .notNull()
      .default('draft'),
    writtenBy: text('written_by').references(() => users.id, { onDelete: 'set null' }),
    signedBy: text('signed_by').references(() => users.id, { onDelete: 'set null' }),
    signedAt: at('signed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('session_notes_number').on(t.groupId, t.number),
    check('session_notes_number_range', sql`${t.number} BETWEEN 1 AND 200`),
  ],
);

/** One member's part of a note, sealed. Deleting an account deletes its entries (docs). */
export const sessionNoteEntries = pgTable(
  'session_note_entries',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => sessionNotes.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sealed: text('sealed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.userId] })],
);

/** A correction to a signed note: to its shared part (no member) or to one member's entry. */
export const sessionNoteAddenda = pgTable('session_note_addenda', {
  id: uuid('id').primaryKey().defaultRandom(),
  noteId: uuid('note_id')
    .notNull()
    .references(() => sessionNotes.id, { onDelete: 'cascade' }),
  userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
  sealed: text('sealed').notNull(),
  writtenBy: text('written_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: at('created_at').notNull().defaultNow(),
});

/**
 * A member's consent to their therapists exporting their notes (the printable record, to hand
 * over): given and withdrawn by the member, each change audited.
 */
export const noteSharingConsents = pgTable(
  'note_sharing_consents',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    givenAt: at('given_at').notNull().defaultNow(),
    withdrawnAt: at('withdrawn_at'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);
