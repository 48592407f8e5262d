import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { notifyLeaders } from '../notifications/notify.js';
import { alertIfFlagged, type RaisedAlert } from '../safety/alerts.js';
import { assess } from '../safety/assess.js';
import { announcePost } from './announce.js';
import { slowWait, withinEditWindow } from './rules.js';
import { boardSettingsOf } from './standing.js';

/*
 * Writing on a board: a new thread (its opening post), a reply, an edit, a deletion. Each is
 * one transaction. What a member writes is assessed by the safety module: a flagged post
 * raises an alert to the group's leaders in the same transaction, and an `urgent` one is held
 * for a leader to look at before anyone else reads it (the writer sees the support card at
 * once). Where the group asks, a person's posts are held until a leader approves their first.
 * The caller wakes the job worker after the commit, so the alert's mail leaves at once.
 */

export type Author = { id: string; name: string; leads: boolean };
export type Written = {
  postId: string;
  threadId: string;
  state: 'visible' | 'held';
  safety: RaisedAlert | null;
};
export type WriteRefusal = 'closed' | 'slow' | 'gone' | 'notYours' | 'tooLate' | 'locked';
export class BoardWriteError extends Error {
  constructor(
    readonly reason: WriteRefusal,
    readonly minutes = 0,
  ) {
    super(reason);
  }
}

type ThreadRow = {
  id: string;
  group_id: string;
  closed: boolean;
  locked: boolean;
  slow_minutes: number;
};

export async function threadById(db: Db, groupId: string, threadId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(threadId)) return null;
  const [row] = await queryRows<ThreadRow & { title: string; pinned: boolean }>(
    db,
    sql`SELECT id, group_id, title, pinned, closed, locked, slow_minutes
          FROM board_threads WHERE id = ${threadId} AND group_id = ${groupId}`,
  );
  return row ?? null;
}

/** Whether this author's post must wait: urgent words, or the group holds first posts. */
async function holdReason(tx: Db, groupId: string, author: Author, urgent: boolean) {
  if (author.leads) return null;
  if (urgent) return 'urgent';
  if (!(await boardSettingsOf(tx, groupId)).holdFirstPosts) return null;
  const [row] = await queryRows<{ approved: boolean }>(
    tx,
    sql`SELECT EXISTS (SELECT 1 FROM board_posts WHERE group_id = ${groupId}
                        AND author_id = ${author.id} AND state = 'visible') AS approved`,
  );
  return row?.approved ? null : 'first_posts';
}

async function insertPost(
  tx: Db,
  thread: { id: string; groupId: string },
  author: Author,
  body: string,
  opening: boolean,
): Promise<Written> {
  const assessment = author.leads ? null : assess(body);
  const reason = await holdReason(tx, thread.groupId, author, assessment?.level === 'urgent');
  const state = reason ? 'held' : 'visible';
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO board_posts (thread_id, group_id, author_id, author_name, body, opening, state, reason)
        VALUES (${thread.id}, ${thread.groupId}, ${author.id}, ${author.name}, ${body}, ${opening},
                ${state}, ${reason})
        RETURNING id`,
  );
  const postId = (row as { id: string }).id;
  await tx.execute(
    sql`INSERT INTO board_follows (thread_id, user_id) VALUES (${thread.id}, ${author.id})
        ON CONFLICT DO NOTHING`,
  );
  const safety = assessment
    ? await alertIfFlagged(tx, assessment, {
        itemKind: 'board_post',
        itemId: postId,
        groupId: thread.groupId,
        subjectId: author.id,
      })
    : null;
  if (state === 'visible') {
    await tx.execute(sql`UPDATE board_threads SET last_post_at = now() WHERE id = ${thread.id}`);
    await announcePost(tx, {
      postId,
      threadId: thread.id,
      groupId: thread.groupId,
      authorId: author.id,
      opening,
    });
  } else if (reason === 'first_posts') {
    // An urgent post's leaders are already told by the alert; a first post needs a look.
    await announceReview(tx, thread.groupId);
  }
  return { postId, threadId: thread.id, state, safety };
}

/** A post waits for the leaders' review: they hear of it (never who reported it). */
export const announceReview = (tx: Db, groupId: string) =>
  notifyLeaders(tx, { kind: 'board_review', groupId });

export async function startThread(
  db: Db,
  groupId: string,
  author: Author,
  title: string,
  body: string,
): Promise<Written> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO board_threads (group_id, author_id, title) VALUES (${groupId}, ${author.id}, ${title})
          RETURNING id`,
    );
    return insertPost(tx, { id: (row as { id: string }).id, groupId }, author, body, true);
  });
}

export async function reply(
  db: Db,
  groupId: string,
  threadId: string,
  author: Author,
  body: string,
) {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    // Locked for the length of the write, so two replies cannot both slip under slow mode.
    const [thread] = await queryRows<ThreadRow>(
      tx,
      sql`SELECT id, group_id, closed, locked, slow_minutes FROM board_threads
           WHERE id = ${threadId} AND group_id = ${groupId} FOR UPDATE`,
    );
    if (!thread) throw new BoardWriteError('gone');
    if (!author.leads && (thread.closed || thread.locked)) throw new BoardWriteError('closed');
    if (!author.leads && thread.slow_minutes > 0) {
      const [last] = await queryRows<{ at: Date | string | null }>(
        tx,
        sql`SELECT max(created_at) AS at FROM board_posts
             WHERE thread_id = ${threadId} AND author_id = ${author.id}`,
      );
      const wait = slowWait(thread.slow_minutes, last?.at ? new Date(last.at) : null);
      if (wait > 0) throw new BoardWriteError('slow', wait);
    }
    return insertPost(tx, { id: thread.id, groupId }, author, body, false);
  });
}

type OwnPost = {
  id: string;
  thread_id: string;
  author_id: string | null;
  state: string;
  reason: string | null;
  opening: boolean;
  created_at: Date | string;
  locked: boolean;
};

export async function postById(db: Db, groupId: string, postId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(postId)) return null;
  const [row] = await queryRows<OwnPost & { body: string; author_name: string; title: string }>(
    db,
    sql`SELECT p.id, p.thread_id, p.author_id, p.author_name, p.body, p.state, p.reason, p.opening,
               p.created_at, t.locked, t.title
          FROM board_posts p JOIN board_threads t ON t.id = p.thread_id
         WHERE p.id = ${postId} AND p.group_id = ${groupId}`,
  );
  return row ?? null;
}

/** What an author may still do with their post: edit within 30 minutes, delete any time. */
function ownable(post: OwnPost | null, authorId: string): OwnPost {
  if (!post || post.state === 'deleted') throw new BoardWriteError('gone');
  if (post.author_id !== authorId) throw new BoardWriteError('notYours');
  if (post.locked) throw new BoardWriteError('locked');
  return post;
}

/**
 * Edit one's own post within the window. The new words are assessed again: urgent ones are
 * held (and alert the leaders) as a new post would be. A post hidden by reports or waiting for
 * review cannot be changed under the moderators' eyes.
 */
export async function editPost(
  db: Db,
  groupId: string,
  postId: string,
  author: Author,
  body: string,
) {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const post = ownable(await postById(tx, groupId, postId), author.id);
    if (post.state === 'hidden' || (post.state === 'held' && post.reason !== 'first_posts'))
      throw new BoardWriteError('locked');
    if (!withinEditWindow(new Date(post.created_at))) throw new BoardWriteError('tooLate');
    const assessment = author.leads ? null : assess(body);
    const urgent = assessment?.level === 'urgent';
    await tx.execute(
      sql`UPDATE board_posts SET body = ${body}, edited_at = now(),
                 state = CASE WHEN ${urgent} THEN 'held' ELSE state END,
                 reason = CASE WHEN ${urgent} THEN 'urgent' ELSE reason END
           WHERE id = ${postId}`,
    );
    const safety = assessment
      ? await alertIfFlagged(tx, assessment, {
          itemKind: 'board_post',
          itemId: postId,
          groupId,
          subjectId: author.id,
        })
      : null;
    return { threadId: post.thread_id, held: urgent, safety };
  });
}

/**
 * Delete posts: their words are wiped (reports keep their own snapshot), and a thread whose
 * opening post goes loses its title too, which was part of the same words.
 */
export async function wipePosts(db: Db, where: SQL, reason: 'author' | 'moderator') {
  await db.execute(
    sql`WITH gone AS (
          UPDATE board_posts SET state = 'deleted', body = '', reason = ${reason}
           WHERE ${where} RETURNING thread_id, opening)
        UPDATE board_threads SET title = '' WHERE id IN (SELECT thread_id FROM gone WHERE opening)`,
  );
}

/** Delete one's own post. */
export async function deleteOwnPost(db: Db, groupId: string, postId: string, authorId: string) {
  const post = ownable(await postById(db, groupId, postId), authorId);
  await wipePosts(db, sql`id = ${post.id}`, 'author');
  return post.thread_id;
}
