import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import { queryRows } from '../../db/client.js';
import { groupLeaders, mailOutbox, notifications } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { savedGroup, setStatus } from '../attending/test-fixtures.js';
import { drain, startWorker } from '../jobs/queue.js';

/**
 * Issue 19, writing on a board: threads and replies through the routes as a member would,
 * following and the notices it brings (per-group mail choices, subjects that never name the
 * group), search and pages, the 30-minute edit window, slow mode, closed threads, and the
 * safety module on every post (an urgent one held for a leader, who releases it).
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

type Person = Awaited<ReturnType<typeof signedInUser>>;
const URGENT = 'I have the pills counted out and I am going to take all of them tonight.';

async function group() {
  const g = await savedGroup(t.db);
  const leader = await signedInUser(t, { name: 'Rowan' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
  const [ash, birch] = [
    await signedInUser(t, { name: 'Ash' }),
    await signedInUser(t, { name: 'Birch' }),
  ];
  for (const p of [ash, birch]) await setStatus(t.db, g.id, p.id, 'member');
  return { ...g, leader, ash, birch, board: `/groups/${g.slug}/board` };
}

async function newThread(p: Person, board: string, title: string, body: string) {
  const res = await p.client.post(board, { title, body });
  expect(res.status).toBe(303);
  return res.headers.get('location') as string;
}

const noticesOf = (userId: string) =>
  t.db
    .select({ kind: notifications.kind, data: notifications.data })
    .from(notifications)
    .where(eq(notifications.userId, userId));

describe('threads and replies', () => {
  it('a member starts a thread, another replies; followers and members are told', async () => {
    const g = await group();
    const path = await newThread(
      g.ash,
      g.board,
      'Sleeping after a loss',
      'How do you all manage the nights?',
    );
    expect(path).toMatch(/\/board\/t\/[0-9a-f-]{36}$/);
    const birchBoard = await (await g.birch.client.get(g.board)).text();
    expect(birchBoard).toContain('Sleeping after a loss');
    // A new thread reaches members in the daily digest by default; the author is not told.
    expect(await noticesOf(g.birch.id)).toEqual([
      { kind: 'board_thread', data: { thread: path.split('/').pop(), mail: 'daily' } },
    ]);
    expect(await noticesOf(g.ash.id)).toEqual([]);
    const replied = await g.birch.client.post(path, {
      body: 'A warm drink and a podcast.\n\n- no screens\n- same time each night',
    });
    expect(replied.status).toBe(303);
    const page = await (await g.ash.client.get(path)).text();
    expect(page).toContain('<ul><li>no screens</li><li>same time each night</li></ul>');
    // Ash follows the thread they started: the reply reaches them at once, by mail too.
    const [notice] = (await noticesOf(g.ash.id)).filter((n) => n.kind === 'board_reply');
    expect(notice?.data.mail).toBe('now');
    await drain(t.db, jobHandlers(t.deps));
    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, g.ash.email));
    expect(mail?.subject).toContain('A new reply in a thread you follow');
    expect(mail?.subject).not.toContain('Circle');
    expect(mail?.text).toContain('replied in a thread you follow');
  });

  it('honours each member’s e-mail choice for this board, and unfollowing', async () => {
    const g = await group();
    expect(
      (await g.ash.client.post(`${g.board}/preferences`, { replies: 'off', newThreads: 'now' }))
        .status,
    ).toBe(303);
    expect(
      (
        await g.ash.client.post(`${g.board}/preferences`, {
          replies: 'sometimes',
          newThreads: 'now',
        })
      ).status,
    ).toBe(400);
    const path = await newThread(g.birch, g.board, 'Walks', 'Anyone for a Sunday walk?');
    expect((await noticesOf(g.ash.id))[0]?.data.mail).toBe('now');
    await g.ash.client.post(path, { body: 'Yes please' });
    await g.birch.client.post(path, { body: 'Great, 10am' });
    expect((await noticesOf(g.ash.id)).find((n) => n.kind === 'board_reply')?.data.mail).toBe(
      'off',
    );
    await g.ash.client.post(`${path}/follow`, { follow: 'no' });
    await g.birch.client.post(path, { body: 'See you there' });
    expect((await noticesOf(g.ash.id)).filter((n) => n.kind === 'board_reply')).toHaveLength(1);
  });

  it('refuses empty and overlong writing with a clear message, and writes nothing', async () => {
    const g = await group();
    const empty = await g.ash.client.post(g.board, { title: ' ', body: '' });
    expect(empty.status).toBe(400);
    const text = await empty.text();
    expect(text).toContain('Give the thread a title.');
    expect(text).toContain('Write something first.');
    const long = await g.ash.client.post(g.board, { title: 'Fine', body: 'x'.repeat(5_001) });
    expect(await long.text()).toContain('Keep a post to 5,000 characters.');
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM board_threads WHERE group_id = ${g.id}`,
    );
    expect(row?.n).toBe(0);
  });

  it('searches the board and pages through threads', async () => {
    const g = await group();
    for (let i = 0; i < 22; i++) {
      await t.db.execute(sql`WITH th AS (INSERT INTO board_threads (group_id, author_id, title, last_post_at)
        VALUES (${g.id}, ${g.ash.id}, ${`Thread ${i}`}, now() - make_interval(mins => ${i})) RETURNING id)
        INSERT INTO board_posts (thread_id, group_id, author_id, author_name, body, opening)
        SELECT id, ${g.id}, ${g.ash.id}, 'Ash', ${i === 7 ? 'about gardening and grief' : 'other words'}, true FROM th`);
    }
    const first = await (await g.birch.client.get(g.board)).text();
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain('Thread 0<');
    expect(first).not.toContain('Thread 21<');
    const second = await (await g.birch.client.get(`${g.board}?page=2`)).text();
    expect(second).toContain('Thread 21<');
    const found = await (await g.birch.client.get(`${g.board}?q=gardening`)).text();
    expect(found).toContain('Thread 7<');
    expect(found).not.toContain('Thread 8<');
  });
});

describe('editing, slow mode and closed threads', () => {
  it('edits within 30 minutes, not after; deletes any time; nobody else may', async () => {
    const g = await group();
    const path = await newThread(g.ash, g.board, 'Typos', 'Helo');
    const [post] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM board_posts WHERE group_id = ${g.id}`,
    );
    const edit = `${g.board}/p/${post?.id}/edit`;
    expect((await g.ash.client.get(edit)).status).toBe(200);
    expect((await g.ash.client.post(edit, { body: 'Hello' })).status).toBe(303);
    expect(await (await g.birch.client.get(path)).text()).toContain('edited');
    expect((await g.birch.client.post(edit, { body: 'Mine now' })).status).toBe(403);
    await t.db.execute(
      sql`UPDATE board_posts SET created_at = now() - interval '31 minutes' WHERE id = ${post?.id}`,
    );
    expect((await g.ash.client.post(edit, { body: 'Too late' })).status).toBe(409);
    expect((await g.ash.client.post(`${g.board}/p/${post?.id}/delete`, {})).status).toBe(303);
    const [row] = await queryRows<{ body: string; state: string }>(
      t.db,
      sql`SELECT body, state FROM board_posts WHERE id = ${post?.id}`,
    );
    expect(row).toEqual({ body: '', state: 'deleted' });
    expect(await (await g.birch.client.get(path)).text()).toContain('This post was deleted.');
  });

  it('slow mode spaces a member’s posts; a closed thread takes no replies but a leader’s', async () => {
    const g = await group();
    const path = await newThread(g.ash, g.board, 'Slow', 'Start');
    expect(
      (await g.leader.client.post(`${path}/manage`, { action: 'slow', minutes: '10' })).status,
    ).toBe(303);
    expect(
      (await g.leader.client.post(`${path}/manage`, { action: 'slow', minutes: '-3' })).status,
    ).toBe(400);
    expect((await g.birch.client.post(path, { body: 'one' })).status).toBe(303);
    const again = await g.birch.client.post(path, { body: 'two' });
    expect(again.status).toBe(429);
    expect(await again.text()).toContain('please wait 10 minutes');
    expect((await g.leader.client.post(path, { body: 'leaders are exempt' })).status).toBe(303);
    expect((await g.leader.client.post(`${path}/manage`, { action: 'close' })).status).toBe(303);
    expect((await g.ash.client.post(path, { body: 'closed?' })).status).toBe(409);
    expect(await (await g.ash.client.get(path)).text()).toContain('This thread is closed');
  });
});

describe('safety on every post', () => {
  it('holds an urgent post for the leaders, shows the writer the card, alerts within 5 s', async () => {
    const g = await group();
    const path = await newThread(g.ash, g.board, 'Tonight', 'It has been a hard week.');
    const worker = startWorker(t.db, jobHandlers(t.deps), { pollMs: 60_000 });
    try {
      const res = await g.birch.client.post(path, { body: URGENT });
      expect(res.status).toBe(200);
      const card = await res.text();
      expect(card).toContain('988');
      expect(card).toContain('waiting for your leader to look at it');
      const started = Date.now();
      let mailed = false;
      while (!mailed && Date.now() - started < 5_000) {
        mailed = (
          await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, g.leader.email))
        ).some((m) => m.subject.startsWith('Safety alert'));
        if (!mailed) await new Promise((r) => setTimeout(r, 50));
      }
      expect(mailed).toBe(true);
    } finally {
      await worker.stop();
    }
    // Held: Ash does not see it, the writer and the leader do.
    expect(await (await g.ash.client.get(path)).text()).not.toContain('pills counted');
    expect(await (await g.birch.client.get(path)).text()).toContain('waiting for a leader');
    const queue = await (await g.leader.client.get(`/lead/${g.slug}/moderation`)).text();
    expect(queue).toContain('pills counted');
    const [held] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM board_posts WHERE state = 'held' AND group_id = ${g.id}`,
    );
    expect(
      (
        await g.leader.client.post(`/lead/${g.slug}/moderation/held/${held?.id}`, {
          approve: 'yes',
        })
      ).status,
    ).toBe(303);
    expect(await (await g.ash.client.get(path)).text()).toContain('pills counted');
    expect((await noticesOf(g.ash.id)).some((n) => n.kind === 'board_reply')).toBe(true);
  });

  it('holds first posts where the group asks, and waits for a first meeting where it asks', async () => {
    const g = await group();
    expect(
      (
        await g.leader.client.post(`/lead/${g.slug}/moderation/settings`, {
          newMembers: 'after_first_meeting',
          holdFirstPosts: 'on',
        })
      ).status,
    ).toBe(303);
    const refused = await g.ash.client.post(g.board, { title: 'Hi', body: 'First' });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('attend a meeting before posting');
    await t.db.execute(
      sql`INSERT INTO attendance (group_id, user_id, starts_at, present) VALUES (${g.id}, ${g.ash.id}, now() - interval '1 day', true)`,
    );
    const path = await newThread(g.ash, g.board, 'Hi', 'First');
    expect(await (await g.ash.client.get(path)).text()).toContain('waiting for a leader');
    expect((await g.birch.client.get(path)).status).toBe(404);
    const [held] = await queryRows<{ id: string; reason: string }>(
      t.db,
      sql`SELECT id, reason FROM board_posts WHERE group_id = ${g.id}`,
    );
    expect(held?.reason).toBe('first_posts');
    expect((await noticesOf(g.leader.id)).map((n) => n.kind)).toContain('board_review');
    await g.leader.client.post(`/lead/${g.slug}/moderation/held/${held?.id}`, { approve: 'yes' });
    expect((await g.birch.client.get(path)).status).toBe(200);
    // Approved once: the next post is shown at once.
    await g.ash.client.post(path, { body: 'Second' });
    const [second] = await queryRows<{ state: string }>(
      t.db,
      sql`SELECT state FROM board_posts WHERE group_id = ${g.id} AND body = 'Second'`,
    );
    expect(second?.state).toBe('visible');
  });
});
