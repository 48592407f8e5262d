import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';
import type { Notice } from '../membership/transaction.js';
import { notify } from '../notifications/notify.js';
import { raiseAlert } from '../safety/alerts.js';
import { announcePost } from './announce.js';
import { logModeration } from './log.js';
import { givePenalty } from './penalties.js';
import { announceReview, postById, wipePosts } from './posting.js';
import { hiddenByReports, type ReportFacts, type ReportReason } from './rules.js';

/*
 * Reports and the moderators' decisions (docs/community.md). A crisis report goes to the
 * safety flow as a "worried about someone" alert and never hides the post. Any other report
 * waits in the leaders' queue (and the administrators'); a leader's report, or two members'
 * for the same reason, hides the post until someone decides. The reporter is never shown to
 * the author, and hears only that the report was reviewed.
 */

export type ReportOutcome = 'reported' | 'already' | 'crisis';

export async function reportPost(
  db: Db,
  input: {
    groupId: string;
    postId: string;
    reporter: { id: string; leads: boolean; ip: string | null };
    reason: ReportReason;
    note: string;
  },
): Promise<ReportOutcome | null> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const post = await postById(tx, input.groupId, input.postId);
    if (!post || post.author_id === input.reporter.id) return null;
    if (post.state !== 'visible' && post.state !== 'hidden') return null;
    const crisis = input.reason === 'crisis';
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO board_reports (post_id, group_id, reporter_id, by_leader, reason, note, snapshot, resolved_at)
          VALUES (${post.id}, ${input.groupId}, ${input.reporter.id}, ${input.reporter.leads},
                  ${input.reason}, ${input.note}, ${post.body}, ${crisis ? sql`now()` : null})
          ON CONFLICT (post_id, reporter_id) DO NOTHING RETURNING id`,
    );
    if (!row) return 'already';
    await audit(tx, {
      action: 'board.reported',
      actorId: input.reporter.id,
      targetType: 'group',
      targetId: input.groupId,
      ip: input.reporter.ip,
      details: { reason: input.reason, post: post.id },
    });
    if (crisis) {
      if (post.author_id) {
        await raiseAlert(tx, {
          level: 'concern',
          source: 'worried',
          itemKind: 'board_post',
          itemId: post.id,
          groupId: input.groupId,
          subjectId: post.author_id,
          raisedBy: input.reporter.id,
        });
      }
      return 'crisis';
    }
    const open = await queryRows<{
      reason: ReportReason;
      reporter_id: string | null;
      by_leader: boolean;
    }>(
      tx,
      sql`SELECT reason, reporter_id, by_leader FROM board_reports
           WHERE post_id = ${post.id} AND resolved_at IS NULL`,
    );
    const facts: ReportFacts[] = open.map((r) => ({
      reason: r.reason,
      reporterId: r.reporter_id,
      byLeader: r.by_leader,
    }));
    if (post.state === 'visible' && hiddenByReports(facts)) {
      await tx.execute(
        sql`UPDATE board_posts SET state = 'hidden', reason = 'reports' WHERE id = ${post.id}`,
      );
    }
    await announceReview(tx, input.groupId);
    return 'reported';
  });
}

export type Decision = 'keep' | 'hide' | 'delete';

/**
 * Decide a reported post (resolving every open report on it), and optionally give its author
 * the next penalty on the ladder: the group's, or the site-wide one when an administrator
 * acts for every board. Reporters are told, in general terms, that it was reviewed.
 */
export async function decidePost(
  db: Db,
  input: {
    groupId: string;
    postId: string;
    decision: Decision;
    penalise: 'none' | 'group' | 'site';
    note: string;
    by: string;
    ip: string | null;
    offerMs: number;
  },
): Promise<{ notices: Notice[] } | null> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const post = await postById(tx, input.groupId, input.postId);
    if (!post) return null;
    if (input.decision === 'delete') {
      await wipePosts(tx, sql`id = ${post.id}`, 'moderator');
    } else if (input.decision === 'hide') {
      await tx.execute(
        sql`UPDATE board_posts SET state = 'hidden', reason = 'moderator' WHERE id = ${post.id} AND state <> 'deleted'`,
      );
    } else if (post.state === 'hidden') {
      await tx.execute(
        sql`UPDATE board_posts SET state = 'visible', reason = NULL WHERE id = ${post.id}`,
      );
    }
    const reporters = await queryRows<{ reporter_id: string | null }>(
      tx,
      sql`UPDATE board_reports SET resolved_at = now(), decision = ${input.decision}
           WHERE post_id = ${post.id} AND resolved_at IS NULL RETURNING reporter_id`,
    );
    const told = reporters.flatMap((r) =>
      r.reporter_id && r.reporter_id !== input.by ? [r.reporter_id] : [],
    );
    await notify(tx, { kind: 'board_report_outcome', userIds: told, groupId: input.groupId });
    await logModeration(tx, {
      groupId: input.groupId,
      actorId: input.by,
      action: `decided:${input.decision}`,
      threadId: post.thread_id,
      postId: post.id,
      subjectId: post.author_id,
      note: input.note,
      ip: input.ip,
      auditAction: 'board.decided',
    });
    let notices: Notice[] = [];
    if (input.penalise !== 'none' && post.author_id) {
      const given = await givePenalty(tx, {
        groupId: input.penalise === 'site' ? null : input.groupId,
        userId: post.author_id,
        reason: input.note,
        postId: post.id,
        by: input.by,
        ip: input.ip,
        offerMs: input.offerMs,
      });
      notices = given.notices;
    }
    return { notices };
  });
}

/**
 * A held post (urgent words, or a first post where the group holds them): a leader releases it
 * to the board (its thread's followers hear of it then) or deletes it.
 */
export async function releaseHeld(
  db: Db,
  input: { groupId: string; postId: string; approve: boolean; by: string; ip: string | null },
): Promise<boolean> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const post = await postById(tx, input.groupId, input.postId);
    if (post?.state !== 'held') return false;
    if (input.approve) {
      await tx.execute(
        sql`UPDATE board_posts SET state = 'visible', reason = NULL WHERE id = ${post.id}`,
      );
      await tx.execute(
        sql`UPDATE board_threads SET last_post_at = now() WHERE id = ${post.thread_id}`,
      );
      await announcePost(tx, {
        postId: post.id,
        threadId: post.thread_id,
        groupId: input.groupId,
        authorId: post.author_id,
        opening: post.opening,
      });
    } else {
      await wipePosts(tx, sql`id = ${post.id}`, 'moderator');
    }
    await logModeration(tx, {
      groupId: input.groupId,
      actorId: input.by,
      action: input.approve ? 'released' : 'held_deleted',
      threadId: post.thread_id,
      postId: post.id,
      subjectId: post.author_id,
      ip: input.ip,
      auditAction: 'board.released',
    });
    return true;
  });
}
