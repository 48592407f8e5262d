import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { minutesAhead, onceAt, savedGroup, setStatus } from '../attending/test-fixtures.js';

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
    expect(await (await visitor.client.get(r.path)).text()).toContain('Raise my hand');
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
