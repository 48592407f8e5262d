import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { groupLeaders } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { minutesAhead, onceAt, savedGroup, setStatus } from '../attending/test-fixtures.js';
import { appendEvent } from './events.js';

/**
 * Issue 18's routes: who reaches the room (member, drop-in visitor who waits, removed person,
 * leader, stranger at a closed group, administrator), the room without JavaScript (a form and a
 * page), and the event stream, which a removal ends.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

async function room(policy: 'drop_in' | 'approval') {
  const g = await savedGroup(t.db, {
    mode: 'online',
    policy,
    schedules: [onceAt(minutesAhead(5 * 60_000), 60)],
  });
  const leader = await signedInUser(t, { name: 'Fern' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
  const member = await signedInUser(t, { name: 'Wren' });
  await setStatus(t.db, g.id, member.id, 'member');
  return { ...g, leader, member, path: `/groups/${g.slug}/room` };
}

/** A room with two members inside: the fixture's Wren, and Sable. */
async function twoMembersIn() {
  const r = await room('approval');
  const other = await signedInUser(t, { name: 'Sable' });
  await setStatus(t.db, r.id, other.id, 'member');
  await r.member.client.post(`${r.path}/enter`, {});
  await other.client.post(`${r.path}/enter`, {});
  return { r, other };
}

/** Read a stream's text until `until` appears (or the stream ends). */
async function readStream(res: Response, until: (text: string) => boolean, ms = 4_000) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !until(text)) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<{ done: true; value: undefined }>((r) =>
        setTimeout(() => r({ done: true, value: undefined }), deadline - Date.now()),
      ),
    ]);
    if (chunk.done) return { text, ended: true };
    text += decoder.decode(chunk.value);
  }
  await reader.cancel().catch(() => {});
  return { text, ended: false };
}

describe('who reaches the room', () => {
  it('lets members and leaders in, sends strangers and administrators away', async () => {
    const r = await room('approval');
    const stranger = await signedInUser(t);
    const admin = await signedInUser(t, { role: 'admin' });
    expect((await stranger.client.get(r.path)).status).toBe(403);
    expect((await admin.client.get(r.path)).status).toBe(403);
    const door = await r.member.client.get(r.path);
    expect(door.status).toBe(200);
    const doorText = await door.text();
    expect(doorText).toContain('What is said here stays here');
    expect((await r.member.client.post(`${r.path}/enter`, {})).status).toBe(303);
    const inside = await (await r.member.client.get(r.path)).text();
    expect(inside).toContain('No messages yet');
    expect(inside).not.toContain('Remove from this meeting');
    const led = await (await r.leader.client.get(r.path)).text();
    expect(led).toContain('Remove from this meeting');
    // A member is not a facilitator.
    const control = await r.member.client.post(`${r.path}/control`, { control: 'lock' });
    expect(control.status).toBe(403);
    // The facilitator is listed as one, and no control reaches a leader, even from a co-leader.
    expect(await (await r.member.client.get(r.path)).text()).toContain(
      'Fern<span class="room-people__marks"> · facilitator',
    );
    const co = await signedInUser(t, { name: 'Linnet' });
    await t.db.insert(groupLeaders).values({ groupId: r.id, userId: co.id, role: 'co_leader' });
    for (const control of ['mute', 'remove'])
      expect(
        (await co.client.post(`${r.path}/control`, { control, person: r.leader.id })).status,
      ).toBe(409);
    expect(
      (await co.client.post(`${r.path}/control`, { control: 'mute', person: r.member.id })).status,
    ).toBe(303);
  });

  it('shows the way to the room on the group page only to those who may reach it', async () => {
    const r = await room('approval');
    const page = `/groups/${r.slug}`;
    const stranger = await signedInUser(t);
    expect(await (await r.member.client.get(page)).text()).toContain('Go to the group’s room');
    expect(await (await r.leader.client.get(page)).text()).toContain('Go to the group’s room');
    expect(await (await stranger.client.get(page)).text()).not.toContain('group’s room');
    expect(await (await t.app.request(page)).text()).not.toContain('group’s room');
    const open = await room('drop_in');
    expect(await (await t.app.request(`/groups/${open.slug}`)).text()).toContain(
      'Go to the group’s room',
    );
  });

  it('has a drop-in visitor accept the agreement and wait, until a facilitator lets them in', async () => {
    const r = await room('drop_in');
    const visitor = await signedInUser(t, { name: 'Plover' });
    expect(await (await visitor.client.get(r.path)).text()).toContain(
      'I accept this group’s agreement',
    );
    expect((await visitor.client.post(`${r.path}/enter`, {})).status).toBe(400);
    await visitor.client.post(`${r.path}/enter`, { agree: '1' });
    expect(await (await visitor.client.get(r.path)).text()).toContain(
      'You are in the waiting room',
    );
    await visitor.client.post(`${r.path}/messages`, { message: 'Hi, first time here' });
    // Only the facilitators see the waiting room's talk.
    await r.member.client.post(`${r.path}/enter`, {});
    expect(await (await r.member.client.get(r.path)).text()).not.toContain('first time here');
    const led = await (await r.leader.client.get(r.path)).text();
    expect(led).toContain('Hi, first time here');
    await r.leader.client.post(`${r.path}/control`, { control: 'admit', person: visitor.id });
    await queryRows(
      t.db,
      sql`UPDATE groups SET online_url = 'https://meet.example.org/x-41', online_visibility = 'members'
           WHERE id = ${r.id}`,
    );
    const admitted = await (await visitor.client.get(r.path)).text();
    expect(admitted).toContain('Raise my hand');
    // A members-only video link stays members-only inside the room.
    expect(admitted).not.toContain('x-41');
    expect(await (await r.member.client.get(r.path)).text()).toContain('x-41');
  });
});

describe('the room without JavaScript, and its stream', () => {
  it('posts and shows messages, refuses empty ones, and a removal ends the stream', async () => {
    const r = await room('approval');
    await r.member.client.post(`${r.path}/enter`, {});
    const empty = await r.member.client.post(`${r.path}/messages`, { message: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Write a message before sending.');
    const sent = await r.member.client.post(`${r.path}/messages`, {
      message: 'Glad to be here <b>tonight</b>',
    });
    expect(sent.status).toBe(303);
    const page = await (await r.leader.client.get(r.path)).text();
    expect(page).toContain('Glad to be here &lt;b&gt;tonight&lt;/b&gt;');

    const stream = await r.member.client.get(`${r.path}/events?after=0`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const started = Date.now();
    const removal = r.leader.client.post(`${r.path}/control`, {
      control: 'remove',
      person: r.member.id,
    });
    const { text, ended } = await readStream(stream, (s) => s.includes('event: removed'));
    expect((await removal).status).toBe(303);
    expect(text).toContain('Glad to be here');
    expect(text).toContain('event: removed');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(ended || text.includes('event: removed')).toBe(true);
    // Removed: not back into this meeting, nor its stream.
    expect(await (await r.member.client.get(r.path)).text()).toContain(
      'asked you to leave this meeting',
    );
    expect((await r.member.client.get(`${r.path}/events`)).status).toBe(403);
  });

  it('gives a stream that reconnects with Last-Event-ID exactly what it missed', async () => {
    const { r, other } = await twoMembersIn();
    // Held from everyone but its writer and the facilitators, before the member's stream drops.
    await other.client.post(`${r.path}/messages`, {
      message: 'I have the pills counted out and I am taking them all tonight.',
    });
    await r.member.client.post(`${r.path}/messages`, { message: 'First, before the drop' });
    const first = await readStream(await r.member.client.get(`${r.path}/events`), (s) =>
      s.includes('First, before the drop'),
    );
    const ids = [...first.text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    const lastSeen = Math.max(...ids);
    expect(first.text).not.toContain('pills counted out');
    // While the member is away: two messages, and the held one released by the facilitator.
    await other.client.post(`${r.path}/messages`, { message: 'Second, while you were away' });
    const [held] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT e.id FROM room_events e JOIN room_sessions s ON s.id = e.session_id
           WHERE s.group_id = ${r.id} AND e.held`,
    );
    await r.leader.client.post(`${r.path}/control`, { control: 'release', message: held!.id });
    await other.client.post(`${r.path}/messages`, { message: 'Third, last one' });

    const again = await readStream(
      await r.member.client.get(`${r.path}/events`, { 'Last-Event-ID': String(lastSeen) }),
      (s) => s.includes('Third, last one') && s.includes('pills counted out'),
    );
    expect(again.text).not.toContain('First, before the drop');
    const said = (text: string) => text.split('Second, while you were away').length - 1;
    expect(said(again.text)).toBe(1);
    expect(again.text.split('pills counted out').length - 1).toBe(1);
    expect(again.text.indexOf('Second')).toBeLessThan(again.text.indexOf('Third'));
  });

  it('catches up a stream that missed more than one page of events', async () => {
    const { r, other } = await twoMembersIn();
    const first = await readStream(await r.member.client.get(`${r.path}/events`), (s) =>
      s.includes('event: state'),
    );
    const lastSeen = Math.max(
      ...[...first.text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])),
    );
    // 1,200 messages while the member is away (more than two pages of the catch-up).
    const [session] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM room_sessions WHERE group_id = ${r.id} AND closed_at IS NULL`,
    );
    await t.db.transaction(async (tx) => {
      for (let i = 1; i <= 1200; i++)
        await appendEvent(tx as never, session!.id, {
          kind: 'message',
          authorId: other.id,
          authorName: 'Sable',
          body: `missed ${i} end`,
        });
    });
    const again = await readStream(
      await r.member.client.get(`${r.path}/events`, { 'Last-Event-ID': String(lastSeen) }),
      (s) => s.includes('missed 1200 end'),
      // Generous: 1,200 events through the embedded database on a loaded 2-core machine.
      45_000,
    );
    const got = [...again.text.matchAll(/missed (\d+) end/g)].map((m) => Number(m[1]));
    expect(got).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
  }, 90_000);

  it('holds an urgent message and answers the writer with the support card', async () => {
    const r = await room('approval');
    await r.member.client.post(`${r.path}/enter`, {});
    const res = await r.member.client.post(`${r.path}/messages`, {
      message: 'I have the pills counted out and I am taking them all tonight.',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('support-card');
    const other = await signedInUser(t);
    await setStatus(t.db, r.id, other.id, 'member');
    await other.client.post(`${r.path}/enter`, {});
    expect(await (await other.client.get(r.path)).text()).not.toContain('pills counted out');
    const led = await (await r.leader.client.get(r.path)).text();
    expect(led).toContain('pills counted out');
    expect(led).toContain('Release to the group');
  });
});

describe('how long messages are kept', () => {
  const keepOf = (groupId: string) =>
    queryRows(t.db, sql`SELECT keep_days FROM room_settings WHERE group_id = ${groupId}`);

  it('lets the leaders choose 0 to 7 days, refuses anything else, and audits the change', async () => {
    const r = await room('approval');
    // Not for members.
    expect((await r.member.client.post(`${r.path}/settings`, { keepDays: '3' })).status).toBe(403);
    for (const bad of ['8', '-1', '2.5', 'three', '']) {
      const res = await r.leader.client.post(`${r.path}/settings`, { keepDays: bad });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Choose a whole number of days from 0 to 7.');
    }
    expect(await keepOf(r.id)).toEqual([]);
    const saved = await r.leader.client.post(`${r.path}/settings`, { keepDays: '3' });
    expect(saved.status).toBe(303);
    expect(await keepOf(r.id)).toEqual([{ keep_days: 3 }]);
    const inside = await (await r.member.client.get(r.path)).text();
    expect(inside).toContain('for 3 days after the meeting');
    const logged = await queryRows(
      t.db,
      sql`SELECT details FROM audit_events WHERE action = 'room.settings_changed'
           AND target_id = ${r.id}`,
    );
    expect(logged).toEqual([{ details: { keepDays: 3, before: 0 } }]);
  });

  it('deletes what is kept at once when the leaders go back to keeping nothing', async () => {
    const r = await room('approval');
    await r.leader.client.post(`${r.path}/settings`, { keepDays: '2' });
    await r.member.client.post(`${r.path}/enter`, {});
    await r.member.client.post(`${r.path}/messages`, { message: 'Thanks for tonight, all' });
    await r.leader.client.post(`${r.path}/control`, { control: 'end' });
    expect(await (await r.member.client.get(r.path)).text()).toContain('Thanks for tonight, all');
    await r.leader.client.post(`${r.path}/settings`, { keepDays: '0' });
    const page = await (await r.member.client.get(r.path)).text();
    expect(page).not.toContain('Thanks for tonight, all');
    const left = await queryRows(
      t.db,
      sql`SELECT count(*)::int AS n FROM room_events e JOIN room_sessions s ON s.id = e.session_id
           WHERE s.group_id = ${r.id} AND e.kind = 'message'`,
    );
    expect(left).toEqual([{ n: 0 }]);
  });
});

describe('reported messages', () => {
  it('keeps a snapshot for the moderators only, who mark it handled', async () => {
    const { r, other } = await twoMembersIn();
    await other.client.post(`${r.path}/messages`, {
      message: 'Buy cheap followers at spam.example',
    });
    const [event] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT e.id FROM room_events e JOIN room_sessions s ON s.id = e.session_id
           WHERE s.group_id = ${r.id} AND e.kind = 'message'`,
    );
    const page = await r.member.client.get(`${r.path}/report?message=${event!.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Harassment or abuse');
    // Not one's own message, nor one that is not there.
    expect((await other.client.get(`${r.path}/report?message=${event!.id}`)).status).toBe(404);
    expect((await r.member.client.get(`${r.path}/report?message=abc`)).status).toBe(404);
    const bad = await r.member.client.post(`${r.path}/report`, { message: event!.id, reason: 'x' });
    expect(bad.status).toBe(400);
    const sent = await r.member.client.post(`${r.path}/report`, {
      message: event!.id,
      reason: 'spam',
    });
    expect(sent.status).toBe(303);
    // The room closes and its messages go; the snapshot stays, for administrators alone.
    await r.leader.client.post(`${r.path}/control`, { control: 'end' });
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const list = await (await admin.client.get('/admin/room-reports')).text();
    expect(list).toContain('Buy cheap followers at spam.example');
    expect(list).toContain('Spam or advertising');
    expect(list).not.toContain(r.member.name);
    for (const who of [r.leader, r.member, other])
      expect((await who.client.get('/admin/room-reports')).status).toBe(403);
    const [report] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM room_reports WHERE group_id = ${r.id}`,
    );
    expect(
      (await r.leader.client.post(`/admin/room-reports/${report!.id}/resolve`, {})).status,
    ).toBe(403);
    const resolved = await admin.client.post(`/admin/room-reports/${report!.id}/resolve`, {});
    expect(resolved.status).toBe(303);
    expect(await (await admin.client.get('/admin/room-reports')).text()).toContain('Handled');
    expect((await admin.client.post(`/admin/room-reports/${report!.id}/resolve`, {})).status).toBe(
      404,
    );
    const audited = await queryRows(
      t.db,
      sql`SELECT 1 FROM audit_events WHERE action = 'room.report_resolved' AND target_id = ${r.id}`,
    );
    expect(audited).toHaveLength(1);
  });
});

describe('a flood of messages', () => {
  it('stops one person after 60 messages in a minute, and says how long to wait', async () => {
    const r = await room('approval');
    await r.member.client.post(`${r.path}/enter`, {});
    for (let i = 0; i < 60; i++) {
      const res = await r.member.client.post(
        `${r.path}/messages`,
        { message: `note ${i}` },
        {
          'X-Fragment': '1',
        },
      );
      expect(res.status).toBe(204);
    }
    const stopped = await r.member.client.post(
      `${r.path}/messages`,
      { message: 'one more' },
      {
        'X-Fragment': '1',
      },
    );
    expect(stopped.status).toBe(429);
    expect(await stopped.text()).toMatch(/Please wait \d+ seconds/);
    // Others in the room are not stopped by it.
    expect(
      (await r.leader.client.post(`${r.path}/messages`, { message: 'Let us slow down' })).status,
    ).toBe(303);
  });
});
