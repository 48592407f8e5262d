// The rooms and their people: users, better-auth sessions, memberships, and signed cookies.
import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, DbHandle } from '../../src/db/client.js';
import { memberships, roomPeople, sessions, users } from '../../src/db/schema/index.js';
import { saveGroup } from '../../src/features/directory/commands.js';
import { group } from '../../src/features/directory/test-group.js';
import { openSession } from '../../src/features/rooms/sessions.js';
import { COOKIE_NAME, LISTENERS, OTHER, OTHER_SENDERS, SENDERS } from './options.js';

export type Person = { id: string; name: string; room: Room; cookie: string };
export type Room = 'A' | 'B';

/** better-auth's signed cookie: the token, a dot and its HMAC-SHA256 in base64, URL-encoded. */
function signedCookie(token: string, secret: string) {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `${COOKIE_NAME}=${encodeURIComponent(`${token}.${signature}`)}`;
}

/**
 * Two online groups whose rooms are open, and their people: each a member with a session, who
 * has come into the room (as POST …/enter does, without its events: the listeners' own streams
 * make the room's presence changes when they connect).
 */
export async function seed(handle: DbHandle, secret: string) {
  const { db } = handle;
  await handle.migrate();
  const people: Person[] = [];
  const rooms: Record<Room, { slug: string; sessionId: string }> = {} as never;
  for (const room of ['A', 'B'] as const) {
    const slug = `bench-room-${room.toLowerCase()}`;
    const { id: groupId } = await saveGroup(
      db,
      group({ slug, name: `Bench room ${room}`, mode: 'online', policy: 'approval' }),
    );
    const session = await openSession(db, groupId, {
      meetingStartsAt: null,
      closesAt: new Date(Date.now() + 3 * 3_600_000),
      openedBy: null,
    });
    if (!session) throw new Error(`room ${room} did not open`);
    rooms[room] = { slug, sessionId: session.id };
    const listeners = room === 'A' ? LISTENERS : OTHER;
    const senders = room === 'A' ? SENDERS : OTHER_SENDERS;
    const made: (Person & { token: string; sender: boolean })[] = [];
    for (let i = 0; i < listeners + senders; i++) {
      const sender = i >= listeners;
      const n = sender ? i - listeners : i;
      const id = `bench-${room.toLowerCase()}-${sender ? 's' : 'l'}${n}`;
      const token = randomBytes(24).toString('base64url');
      made.push({
        id,
        name: `Bench ${room} ${sender ? 'sender' : 'listener'} ${n}`,
        room,
        token,
        sender,
        cookie: signedCookie(token, secret),
      });
    }
    await insertPeople(db, groupId, session.id, made);
    people.push(...made);
  }
  return { rooms, people: people as (Person & { sender: boolean })[] };
}

async function insertPeople(
  db: Db,
  groupId: string,
  sessionId: string,
  made: (Person & { token: string })[],
) {
  const expiresAt = new Date(Date.now() + 86_400_000);
  for (let from = 0; from < made.length; from += 500) {
    const batch = made.slice(from, from + 500);
    await db.insert(users).values(
      batch.map((p) => ({
        id: p.id,
        name: p.name,
        email: `${p.id}@example.org`,
        emailVerified: true,
      })),
    );
    await db
      .insert(sessions)
      .values(
        batch.map((p) => ({ id: `session-${p.id}`, token: p.token, userId: p.id, expiresAt })),
      );
    await db.insert(memberships).values(
      batch.map((p) => ({
        groupId,
        userId: p.id,
        status: 'member' as const,
        arrival: sql`nextval('membership_arrival_seq')`,
        joinedAt: new Date(),
      })),
    );
    await db
      .insert(roomPeople)
      .values(batch.map((p) => ({ sessionId, userId: p.id, name: p.name, state: 'in' as const })));
  }
}
