import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { threadMessages, users } from '../../db/schema/index.js';
import { wakeWorkers } from '../jobs/queue.js';
import { notify, notifyLeaders } from '../notifications/notify.js';
import { alertIfFlagged, type RaisedAlert } from '../safety/alerts.js';
import { assess } from '../safety/assess.js';

/** The longest message, in characters (a letter, not a document). */
export const MAX_MESSAGE = 4000;

export type ThreadMessage = {
  id: string;
  fromLeaders: boolean;
  authorName: string | null;
  body: string;
  createdAt: Date;
};

/** The text of a message, or what is wrong with it. */
export function parseMessage(
  raw: unknown,
): { ok: true; body: string } | { ok: false; error: 'empty' | 'long' } {
  const body = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
  if (!body) return { ok: false, error: 'empty' };
  if ([...body].length > MAX_MESSAGE) return { ok: false, error: 'long' };
  return { ok: true, body };
}

/** One person's thread with a group's leaders, oldest first. */
export async function threadOf(
  db: Db,
  groupId: string,
  personId: string,
): Promise<ThreadMessage[]> {
  return db
    .select({
      id: threadMessages.id,
      fromLeaders: threadMessages.fromLeaders,
      authorName: users.name,
      body: threadMessages.body,
      createdAt: threadMessages.createdAt,
    })
    .from(threadMessages)
    .leftJoin(users, eq(users.id, threadMessages.authorId))
    .where(and(eq(threadMessages.groupId, groupId), eq(threadMessages.personId, personId)))
    .orderBy(asc(threadMessages.createdAt), asc(threadMessages.id));
}

/** The side that opened a thread has read what the other side wrote in it. */
export async function markThreadRead(
  db: Db,
  groupId: string,
  personId: string,
  reader: 'person' | 'leaders',
) {
  await db
    .update(threadMessages)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(threadMessages.groupId, groupId),
        eq(threadMessages.personId, personId),
        eq(threadMessages.fromLeaders, reader === 'person'),
        sql`${threadMessages.readAt} IS NULL`,
      ),
    );
}

/**
 * Adds a message and tells the other side, in one transaction: the person's message notifies
 * every leader of the group; a leader's answer notifies the person. The notice carries no words
 * of the message (mail previews are seen by others): it links to the thread.
 */
export async function postMessage(
  db: Db,
  input: {
    groupId: string;
    personId: string;
    authorId: string;
    fromLeaders: boolean;
    body: string;
  },
): Promise<{ safety: RaisedAlert | null }> {
  const safety = await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [row] = await tx
      .insert(threadMessages)
      .values(input)
      .returning({ id: threadMessages.id });
    if (input.fromLeaders) {
      await notify(tx, {
        kind: 'leaders_replied',
        userIds: [input.personId],
        groupId: input.groupId,
        actorId: input.authorId,
      });
      return null;
    }
    await notifyLeaders(tx, {
      kind: 'member_wrote',
      groupId: input.groupId,
      actorId: input.personId,
    });
    // The person's own words are read for signs of crisis; the leaders are the ones told.
    return alertIfFlagged(tx, assess(input.body), {
      itemKind: 'thread_message',
      itemId: (row as { id: string }).id,
      groupId: input.groupId,
      subjectId: input.personId,
    });
  });
  if (safety) wakeWorkers();
  return { safety };
}

export type ThreadSummary = {
  personId: string;
  personName: string;
  messages: number;
  unread: number;
  lastAt: Date;
};

/** Every thread of a group for its leaders, the most recently active first. */
export async function threadsOfGroup(db: Db, groupId: string): Promise<ThreadSummary[]> {
  const rows = await queryRows<{
    person_id: string;
    person_name: string;
    messages: number;
    unread: number;
    last_at: Date | string;
  }>(
    db,
    sql`SELECT t.person_id, u.name AS person_name, count(*)::int AS messages,
               (count(*) FILTER (WHERE NOT t.from_leaders AND t.read_at IS NULL))::int AS unread,
               max(t.created_at) AS last_at
          FROM thread_messages t JOIN users u ON u.id = t.person_id
         WHERE t.group_id = ${groupId}
         GROUP BY t.person_id, u.name
         ORDER BY max(t.created_at) DESC
         LIMIT 200`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    personName: r.person_name,
    messages: r.messages,
    unread: r.unread,
    lastAt: new Date(r.last_at),
  }));
}
