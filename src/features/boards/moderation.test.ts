import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import { queryRows } from '../../db/client.js';
import {
  groupLeaders,
  listingReports,
  mailOutbox,
  notifications,
  safetyAlerts,
} from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { savedGroup, setStatus } from '../attending/test-fixtures.js';
import { startWorker } from '../jobs/queue.js';

/**
 * Issue 19, moderation: reports hide a post at the threshold (two members, same reason; or
 * one leader), a crisis report never hides and reaches the leaders within 5 s, a reporter is
 * never revealed, decisions climb the penalty ladder to removal, administrators act on every
 * board and resolve listing reports (the leaders are told), and an account's posts are kept as
 * "former member" or deleted, as its owner chooses, and are in the data export.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

async function group() {
  const g = await savedGroup(t.db);
  const leader = await signedInUser(t, { name: 'Rowan' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
  const people = [];
  for (const name of ['Ash', 'Birch', 'Cedar', 'Dale']) {
    const p = await signedInUser(t, { name: `${name}${Math.random().toString(36).slice(2, 6)}` });
    await setStatus(t.db, g.id, p.id, 'member');
    people.push(p);
  }
  const [author, a, b, c] = people as [
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
  ];
  const board = `/groups/${g.slug}/board`;
  const res = await author.client.post(board, {
    title: 'A thread',
    body: 'Something that may upset people',
  });
  const thread = res.headers.get('location') as string;
  const [post] = await queryRows<{ id: string }>(
    t.db,
    sql`SELECT id FROM board_posts WHERE group_id = ${g.id}`,
  );
  const postId = post?.id as string;
  return {
    ...g,
    leader,
    author,
    a,
    b,
    c,
    board,
    thread,
    postId,
    report: `${board}/p/${postId}/report`,
    queue: `/lead/${g.slug}/moderation`,
  };
}

const stateOf = async (postId: string) =>
  (
    await queryRows<{ state: string }>(
      t.db,
      sql`SELECT state FROM board_posts WHERE id = ${postId}`,
    )
  )[0]?.state;

describe('reports', () => {
  it('hides a post when two members report it for the same reason, not for two reasons', async () => {
    const g = await group();
    expect((await g.a.client.post(g.report, { reason: 'harassment' })).status).toBe(200);
    expect((await g.b.client.post(g.report, { reason: 'spam' })).status).toBe(200);
    expect(await stateOf(g.postId)).toBe('visible');
    const again = await g.a.client.post(g.report, { reason: 'harassment' });
    expect(await again.text()).toContain('already reported');
    expect(await stateOf(g.postId)).toBe('visible');
    await g.c.client.post(g.report, { reason: 'harassment' });
    expect(await stateOf(g.postId)).toBe('hidden');
    // The author still reads it, marked; the others see that it is under review.
    expect(await (await g.author.client.get(g.thread)).text()).toContain(
      'Only you and the leaders can see this post',
    );
    const other = await (await g.b.client.get(g.thread)).text();
    expect(other).not.toContain('may upset people');
    expect(other).toContain('hidden while the leaders review it');
  });

  it('hides at once on one leader’s report; refuses a report without a reason, or of one’s own post', async () => {
    const g = await group();
    const bad = await g.a.client.post(g.report, { reason: 'rude' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose what is wrong.');
    expect((await g.author.client.post(g.report, { reason: 'spam' })).status).toBe(404);
    expect(await stateOf(g.postId)).toBe('visible');
    await g.leader.client.post(g.report, { reason: 'off_topic' });
    expect(await stateOf(g.postId)).toBe('hidden');
  });

  it('a crisis report never hides the post and reaches the leaders within 5 s', async () => {
    const g = await group();
    const worker = startWorker(t.db, jobHandlers(t.deps), { pollMs: 60_000 });
    try {
      const started = Date.now();
      for (const p of [g.a, g.b, g.c]) {
        const res = await p.client.post(g.report, {
          reason: 'crisis',
          note: 'they sound very low',
        });
        expect(await res.text()).toContain('The leaders have been alerted');
      }
      let mailed = 0;
      while (Date.now() - started < 5_000 && mailed === 0) {
        mailed = (
          await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, g.leader.email))
        ).filter((m) => m.subject.startsWith('Safety alert')).length;
        if (!mailed) await new Promise((r) => setTimeout(r, 50));
      }
      expect(mailed).toBeGreaterThan(0);
    } finally {
      await worker.stop();
    }
    expect(await stateOf(g.postId)).toBe('visible');
    const alerts = await t.db
      .select()
      .from(safetyAlerts)
      .where(eq(safetyAlerts.subjectId, g.author.id));
    expect(alerts.map((a) => [a.itemKind, a.source])).toEqual([
      ['board_post', 'worried'],
      ['board_post', 'worried'],
      ['board_post', 'worried'],
    ]);
    // Crisis reports wait in the safety flow, not in the moderation queue.
    expect(await (await g.leader.client.get(g.queue)).text()).toContain('Nothing is reported.');
  });

  it('never reveals who reported, to the author or anyone else', async () => {
    const g = await group();
    await g.a.client.post(g.report, { reason: 'harassment', note: 'unkind' });
    await g.b.client.post(g.report, { reason: 'harassment' });
    await g.leader.client.post(`${g.queue}/posts/${g.postId}`, {
      decision: 'hide',
      penalise: 'group',
      note: 'Unkind words',
    });
    const seenByAuthor = [
      await (await g.author.client.get(g.thread)).text(),
      await (await g.author.client.get('/notifications')).text(),
      JSON.stringify(
        await t.db.select().from(notifications).where(eq(notifications.userId, g.author.id)),
      ),
    ].join('\n');
    const queue = await (await g.leader.client.get(g.queue)).text();
    for (const reporter of [g.a, g.b]) {
      expect(seenByAuthor).not.toContain(reporter.name);
      expect(seenByAuthor).not.toContain(reporter.id);
      expect(queue).not.toContain(reporter.name);
    }
    expect(seenByAuthor).toContain('sent you a warning');
    // The author sees the warning, with the leader's reason, on the board.
    expect(await (await g.author.client.get(g.board)).text()).toContain(
      'warning. Why: Unkind words',
    );
    // The reporters hear the outcome in general terms, from nobody in particular.
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, g.a.id));
    expect(told.map((n) => [n.kind, n.actorId])).toContainEqual(['board_report_outcome', null]);
  });
});

describe('decisions and the penalty ladder', () => {
  it('warning, 24 h, 72 h, 7 days, then removal from the group; a mute stops posting, not reading', async () => {
    const g = await group();
    const rungs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const [p] = await queryRows<{ id: string }>(
        t.db,
        sql`INSERT INTO board_posts (thread_id, group_id, author_id, author_name, body)
            SELECT thread_id, group_id, author_id, author_name, ${`post ${i}`} FROM board_posts WHERE id = ${g.postId} RETURNING id`,
      );
      const res = await g.leader.client.post(`${g.queue}/posts/${p?.id}`, {
        decision: 'hide',
        penalise: 'group',
        note: `rule ${i}`,
      });
      expect(res.status).toBe(303);
      const [last] = await queryRows<{ rung: string }>(
        t.db,
        sql`SELECT rung FROM board_penalties WHERE user_id = ${g.author.id} ORDER BY created_at DESC LIMIT 1`,
      );
      rungs.push(last?.rung as string);
      if (i === 1) {
        expect((await g.author.client.post(g.thread, { body: 'let me speak' })).status).toBe(403);
        expect((await g.author.client.get(g.thread)).status).toBe(200);
      }
    }
    expect(rungs).toEqual(['warning', 'mute_24h', 'mute_72h', 'mute_7d', 'removal']);
    const [m] = await queryRows<{ status: string }>(
      t.db,
      sql`SELECT status FROM memberships WHERE group_id = ${g.id} AND user_id = ${g.author.id}`,
    );
    expect(m?.status).toBe('removed');
    expect((await g.author.client.get(g.board)).status).toBe(403);
    const log = await (await g.leader.client.get(g.queue)).text();
    expect(log).toContain('penalty: muted for 72 hours');
    expect(log).toContain('rule 3');
  });

  it('asks why before taking anything away; a leader can lift a penalty', async () => {
    const g = await group();
    const noWhy = await g.leader.client.post(`${g.queue}/posts/${g.postId}`, {
      decision: 'delete',
      penalise: 'none',
    });
    expect(noWhy.status).toBe(400);
    expect(await noWhy.text()).toContain('Say briefly why');
    expect(await stateOf(g.postId)).toBe('visible');
    const site = await g.leader.client.post(`${g.queue}/posts/${g.postId}`, {
      decision: 'keep',
      penalise: 'site',
      note: 'x',
    });
    expect(site.status).toBe(400);
    await g.leader.client.post(`${g.queue}/posts/${g.postId}`, {
      decision: 'keep',
      penalise: 'group',
      note: 'first',
    });
    await g.leader.client.post(`${g.queue}/posts/${g.postId}`, {
      decision: 'keep',
      penalise: 'group',
      note: 'second',
    });
    expect((await g.author.client.post(g.thread, { body: 'muted?' })).status).toBe(403);
    const [mute] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM board_penalties WHERE user_id = ${g.author.id} AND rung = 'mute_24h'`,
    );
    expect((await g.leader.client.post(`${g.queue}/penalties/${mute?.id}/lift`, {})).status).toBe(
      303,
    );
    expect((await g.author.client.post(g.thread, { body: 'back again' })).status).toBe(303);
  });

  it('an administrator decides any group’s post and can mute a person on every board', async () => {
    const g = await group();
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    await g.a.client.post(g.report, { reason: 'spam' });
    expect(await (await admin.client.get('/admin/moderation')).text()).toContain(
      'Something that may upset people',
    );
    for (const note of ['spam 1', 'spam 2']) {
      expect(
        (
          await admin.client.post(`/admin/moderation/posts/${g.postId}`, {
            decision: 'hide',
            penalise: 'site',
            note,
          })
        ).status,
      ).toBe(303);
    }
    const other = await savedGroup(t.db);
    await setStatus(t.db, other.id, g.author.id, 'member');
    expect(
      (
        await g.author.client.post(`/groups/${other.slug}/board`, {
          title: 'Elsewhere',
          body: 'hi',
        })
      ).status,
    ).toBe(403);
  });
});

describe('listing reports', () => {
  it('an administrator resolves one and the group’s leaders are told', async () => {
    const g = await group();
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const [report] = await t.db
      .insert(listingReports)
      .values({ groupId: g.id, problem: 'time', details: 'Now Tuesdays' })
      .returning();
    expect(await (await g.leader.client.get(g.queue)).text()).toContain('Now Tuesdays');
    expect(
      (await admin.client.post(`/admin/moderation/listing/${report?.id}`, { outcome: 'maybe' }))
        .status,
    ).toBe(400);
    expect(
      (await admin.client.post(`/admin/moderation/listing/${report?.id}`, { outcome: 'fixed' }))
        .status,
    ).toBe(303);
    const [row] = await t.db
      .select()
      .from(listingReports)
      .where(eq(listingReports.id, report?.id as string));
    expect([row?.outcome, row?.resolvedBy, row?.resolvedAt !== null]).toEqual([
      'fixed',
      admin.id,
      true,
    ]);
    const kinds = (
      await t.db.select().from(notifications).where(eq(notifications.userId, g.leader.id))
    ).map((n) => n.kind);
    expect(kinds).toContain('listing_report_resolved');
  });
});

describe('leaving and deleting an account', () => {
  it('posts stay when a person leaves; on deletion they become “former member” or go, as chosen; all in the export', async () => {
    const g = await group();
    const exported = await g.author.client.post('/account/export', {});
    const data = JSON.parse(await exported.text());
    expect(data.boardPosts).toEqual([
      expect.objectContaining({
        thread: 'A thread',
        body: 'Something that may upset people',
        startedThread: true,
      }),
    ]);
    await g.a.client.post(g.thread, { body: 'A reply from A' });
    expect(
      (
        await g.author.client.post('/account/delete', {
          password: TEST_PASSWORD,
          confirm: 'yes',
          posts: 'keep',
        })
      ).status,
    ).toBe(200);
    const page = await (await g.b.client.get(g.thread)).text();
    expect(page).toContain('former member');
    expect(page).toContain('Something that may upset people');
    expect(page).not.toContain(g.author.name);
    await g.a.client.post('/account/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
      posts: 'delete',
    });
    const after = await (await g.b.client.get(g.thread)).text();
    expect(after).not.toContain('A reply from A');
    expect(after).toContain('This post was deleted.');
    // Deleting a thread's opening post takes its title with it.
    const own = await g.b.client.post(g.board, { title: 'My own words', body: 'Mine' });
    const ownThread = own.headers.get('location') as string;
    const [opening] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM board_posts WHERE body = 'Mine' AND group_id = ${g.id}`,
    );
    await g.b.client.post(`${g.board}/p/${opening?.id}/delete`, {});
    const list = await (await g.c.client.get(g.board)).text();
    expect(list).not.toContain('My own words');
    expect(list).toContain('A thread whose first post was deleted');
    expect(await (await g.c.client.get(ownThread)).text()).toContain('This post was deleted.');
  });
});
