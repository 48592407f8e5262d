import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { groupLeaders } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { savedGroup, setStatus } from '../attending/test-fixtures.js';
import { reply, startThread } from './posting.js';
import { XSS_TRICKS } from './test-fixtures.js';

/**
 * Issue 19: the policy matrix over every board route, for a visitor, someone who does not
 * belong, a member, a muted member, a removed member, a leader and an administrator. A
 * refused request changes nothing. Then the twenty XSS tricks, posted through the routes,
 * render inert on the thread page.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

type Persona = 'visitor' | 'stranger' | 'member' | 'muted' | 'removed' | 'leader' | 'admin';
const PERSONAS: Persona[] = [
  'visitor',
  'stranger',
  'member',
  'muted',
  'removed',
  'leader',
  'admin',
];

async function world() {
  const g = await savedGroup(t.db);
  const leader = await signedInUser(t, { name: 'Rowan' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
  const writer = await signedInUser(t, { name: 'Ash' });
  await setStatus(t.db, g.id, writer.id, 'member');
  const member = await signedInUser(t, { name: 'Birch' });
  await setStatus(t.db, g.id, member.id, 'member');
  const muted = await signedInUser(t, { name: 'Cedar' });
  await setStatus(t.db, g.id, muted.id, 'member');
  await t.db.execute(sql`INSERT INTO board_penalties (group_id, user_id, rung, ends_at, reason)
    VALUES (${g.id}, ${muted.id}, 'mute_24h', now() + interval '1 day', 'test')`);
  const removed = await signedInUser(t, { name: 'Dale' });
  await setStatus(t.db, g.id, removed.id, 'removed');
  const stranger = await signedInUser(t, { name: 'Elm' });
  const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
  const thread = await startThread(
    t.db,
    g.id,
    { id: writer.id, name: 'Ash', leads: false },
    'Hello',
    'First words',
  );
  const second = await reply(
    t.db,
    g.id,
    thread.threadId,
    { id: writer.id, name: 'Ash', leads: false },
    'More words',
  );
  const clients: Record<Persona, Client> = {
    visitor: new Client(t.app, '198.51.100.250'),
    stranger: stranger.client,
    member: member.client,
    muted: muted.client,
    removed: removed.client,
    leader: leader.client,
    admin: admin.client,
  };
  return { g, thread, second, clients, writer: writer.client };
}

type W = Awaited<ReturnType<typeof world>>;
type Row = {
  name: string;
  method: 'get' | 'post';
  path: (w: W) => string;
  body?: Record<string, string>;
  /** The status each persona gets; a visitor is always sent to sign in. */
  expect: Partial<Record<Persona, number>>;
  otherwise: number;
};

const board = (w: W) => `/groups/${w.g.slug}/board`;
const READ = { member: 200, muted: 200, leader: 200 };
const READ_POST = { member: 303, muted: 303, leader: 303 };
const ROUTES: Row[] = [
  { name: 'the board', method: 'get', path: board, expect: READ, otherwise: 403 },
  {
    name: 'a new thread',
    method: 'post',
    path: board,
    body: { title: 'A new one', body: 'Words' },
    expect: { member: 303, leader: 303 },
    otherwise: 403,
  },
  {
    name: 'board e-mail choices',
    method: 'post',
    path: (w) => `${board(w)}/preferences`,
    body: { replies: 'daily', newThreads: 'off' },
    expect: READ_POST,
    otherwise: 403,
  },
  {
    name: 'a thread',
    method: 'get',
    path: (w) => `${board(w)}/t/${w.thread.threadId}`,
    expect: READ,
    otherwise: 403,
  },
  {
    name: 'a reply',
    method: 'post',
    path: (w) => `${board(w)}/t/${w.thread.threadId}`,
    body: { body: 'A reply' },
    expect: { member: 303, leader: 303 },
    otherwise: 403,
  },
  {
    name: 'following',
    method: 'post',
    path: (w) => `${board(w)}/t/${w.thread.threadId}/follow`,
    body: { follow: 'yes' },
    expect: READ_POST,
    otherwise: 403,
  },
  {
    name: 'thread controls',
    method: 'post',
    path: (w) => `${board(w)}/t/${w.thread.threadId}/manage`,
    body: { action: 'pin' },
    expect: { leader: 303 },
    otherwise: 403,
  },
  // The post is Ash's: nobody else edits or deletes it (a muted member is refused at the door).
  {
    name: 'editing another’s post',
    method: 'get',
    path: (w) => `${board(w)}/p/${w.second.postId}/edit`,
    expect: {},
    otherwise: 403,
  },
  {
    name: 'saving another’s post',
    method: 'post',
    path: (w) => `${board(w)}/p/${w.second.postId}/edit`,
    body: { body: 'Changed' },
    expect: {},
    otherwise: 403,
  },
  {
    name: 'deleting another’s post',
    method: 'post',
    path: (w) => `${board(w)}/p/${w.second.postId}/delete`,
    expect: {},
    otherwise: 403,
  },
  {
    name: 'the report form',
    method: 'get',
    path: (w) => `${board(w)}/p/${w.second.postId}/report`,
    expect: READ,
    otherwise: 403,
  },
  {
    name: 'a report',
    method: 'post',
    path: (w) => `${board(w)}/p/${w.second.postId}/report`,
    body: { reason: 'spam' },
    expect: READ,
    otherwise: 403,
  },
  {
    name: 'the leaders’ queue',
    method: 'get',
    path: (w) => `/lead/${w.g.slug}/moderation`,
    expect: { leader: 200 },
    otherwise: 403,
  },
  {
    name: 'a leader’s decision',
    method: 'post',
    path: (w) => `/lead/${w.g.slug}/moderation/posts/${w.second.postId}`,
    body: { decision: 'keep' },
    expect: { leader: 303 },
    otherwise: 403,
  },
  {
    name: 'releasing a held post',
    method: 'post',
    path: (w) => `/lead/${w.g.slug}/moderation/held/${w.second.postId}`,
    body: { approve: 'yes' },
    expect: { leader: 404 },
    otherwise: 403,
  },
  {
    name: 'resolving a listing report',
    method: 'post',
    path: (w) => `/lead/${w.g.slug}/moderation/listing/${randomUUID()}`,
    body: { outcome: 'fixed' },
    expect: { leader: 404 },
    otherwise: 403,
  },
  {
    name: 'lifting a penalty',
    method: 'post',
    path: (w) => `/lead/${w.g.slug}/moderation/penalties/${randomUUID()}/lift`,
    expect: { leader: 404 },
    otherwise: 403,
  },
  {
    name: 'board rules',
    method: 'post',
    path: (w) => `/lead/${w.g.slug}/moderation/settings`,
    body: { newMembers: 'at_once' },
    expect: { leader: 303 },
    otherwise: 403,
  },
  {
    name: 'the administrators’ queue',
    method: 'get',
    path: () => '/admin/moderation',
    expect: { admin: 200 },
    otherwise: 403,
  },
  {
    name: 'an administrator’s decision',
    method: 'post',
    path: (w) => `/admin/moderation/posts/${w.second.postId}`,
    body: { decision: 'keep' },
    expect: { admin: 303 },
    otherwise: 403,
  },
  {
    name: 'an administrator resolving a listing report',
    method: 'post',
    path: () => `/admin/moderation/listing/${randomUUID()}`,
    body: { outcome: 'no_change' },
    expect: { admin: 404 },
    otherwise: 403,
  },
];

const counts = async () =>
  (
    await queryRows<{ n: string }>(
      t.db,
      sql`SELECT (SELECT count(*) FROM board_posts) || '/' || (SELECT count(*) FROM board_threads WHERE pinned)
              || '/' || (SELECT count(*) FROM board_reports) || '/' || (SELECT count(*) FROM board_follows)
              || '/' || (SELECT count(*) FROM board_preferences) || '/' || (SELECT count(*) FROM board_moderation_log) AS n`,
    )
  )[0]?.n;

describe('the board policy matrix', () => {
  let w: W;
  beforeAll(async () => {
    w = await world();
  });

  for (const row of ROUTES) {
    it(`${row.name}: ${PERSONAS.map((p) => `${p} ${p === 'visitor' ? 'signs in' : (row.expect[p] ?? row.otherwise)}`).join(', ')}`, async () => {
      for (const persona of PERSONAS) {
        const client = w.clients[persona];
        const path = row.path(w);
        const before = await counts();
        const res =
          row.method === 'get' ? await client.get(path) : await client.post(path, row.body ?? {});
        if (persona === 'visitor') {
          expect([302, 303], `${persona} ${row.method} ${path}`).toContain(res.status);
          expect(res.headers.get('location') ?? '').toContain('/sign-in');
        } else {
          expect(res.status, `${persona} ${row.method} ${path}`).toBe(
            row.expect[persona] ?? row.otherwise,
          );
          if (res.status >= 200 && res.status < 300 && row.method === 'get') {
            expect(res.headers.get('cache-control')).toContain('no-store');
          }
        }
        if (res.status >= 400 || persona === 'visitor')
          expect(await counts(), `${persona} changed nothing`).toBe(before);
      }
    });
  }
});

describe('posts people wrote are shown as text', () => {
  it('renders twenty XSS tricks inert on the thread page', async () => {
    const w = await world();
    const th = await w.clients.member.post(board(w), {
      title: '<script>alert("t")</script>',
      body: 'Tricks follow',
    });
    const path = th.headers.get('location') as string;
    // Ten posts a minute per person (the thread was one): three people share them.
    const by = [w.clients.member, w.clients.leader, w.writer];
    for (const [i, trick] of XSS_TRICKS.entries()) {
      const res = await (by[i % 3] as Client).post(path, { body: trick });
      expect(res.status, trick).toBe(303);
    }
    const page = await (await w.clients.leader.get(path)).text();
    const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
    expect(main).not.toMatch(/<script|<img|<svg|<iframe|<object|<meta|<math|<body|<style/i);
    expect(main).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(main).not.toMatch(/href="javascript:|href="data:/i);
    expect(main).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
