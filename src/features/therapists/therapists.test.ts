import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders, professionalProfiles } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { therapyGroup } from './test-fixtures.js';

/**
 * Issue 20, item 1: Find a therapist. Only listed profiles with a verified, current licence are
 * found and open; each facet narrows the search; the professional chooses what shows (never the
 * licence number); the badge is on every therapy group card and page of a verified leader, and
 * an expired licence removes it.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

const tag = Math.random().toString(36).slice(2, 7);

async function therapist(
  name: string,
  listing: Partial<typeof professionalProfiles.$inferInsert> = {},
  kind: 'verified' | 'expired' | 'pending' = 'verified',
) {
  const p = await signedInUser(t, { name: `${name} ${tag}`, professional: kind, twoFactor: true });
  await t.db
    .update(professionalProfiles)
    .set({
      slug: `${name.toLowerCase()}-${tag}`,
      listed: true,
      decidedAt: new Date('2026-11-02T10:00:00Z'),
      ...listing,
    })
    .where(eq(professionalProfiles.userId, p.id));
  return p;
}

const visitor = () => new Client(t.app, '198.51.100.200');
const names = async (query: string) => {
  const res = await visitor().get(`/therapists?${query}`);
  const html = await res.text();
  return {
    status: res.status,
    found: [...html.matchAll(/<a href="\/therapists\/([a-z-]+)-[a-z0-9]{5}">/g)].map((m) => m[1]),
  };
};

describe('finding a therapist', () => {
  beforeAll(async () => {
    await therapist('Adeyemi', {
      modalities: ['cbt'],
      topics: ['anxiety'],
      languages: ['en'],
      city: 'Philadelphia',
      region: 'PA',
      country: 'US',
      bio: 'Groups for worry and panic.',
    });
    await therapist('Okafor', {
      modalities: ['dbt'],
      topics: ['depression'],
      languages: ['es', 'en'],
      online: true,
      licenceType: 'LPC',
      jurisdiction: 'New Jersey, US',
    });
    await therapist('Hidden', { listed: false });
    await therapist('Lapsed', {}, 'expired');
    await therapist('Waiting', {}, 'pending');
    const disabled = await therapist('Gone');
    await t.db.execute(sql`UPDATE users SET disabled_at = now() WHERE id = ${disabled.id}`);
    // Ruiz lists no place, but leads a therapy group in Camden.
    const ruiz = await therapist('Ruiz', { modalities: ['act'] });
    const g = await therapyGroup(t.db, { city: 'Camden', region: 'NJ' });
    await t.db.insert(groupLeaders).values({ groupId: g.id, userId: ruiz.id, role: 'owner' });
  });

  it('lists only listed profiles with a verified, current licence, by name', async () => {
    const all = await names(`q=${tag}`);
    expect(all.status).toBe(200);
    expect(all.found.sort()).toEqual(['adeyemi', 'okafor', 'ruiz']);
  });

  it.each([
    ['q=adey', ['adeyemi']],
    ['place=philadel', ['adeyemi']],
    ['place=camden', ['ruiz']],
    ['online=1', ['okafor']],
    ['licence=LPC', ['okafor']],
    ['jurisdiction=New+Jersey%2C+US', ['okafor']],
    ['technique=cbt', ['adeyemi']],
    ['topic=depression', ['okafor']],
    ['language=es', ['okafor']],
    ['technique=dbt&language=en', ['okafor']],
    ['technique=cbt&online=1', []],
  ])('%s finds %j', async (query, expected) => {
    const { found } = await names(query);
    expect(found.filter((f) => ['adeyemi', 'okafor', 'ruiz'].includes(f as string)).sort()).toEqual(
      expected,
    );
  });

  it('refuses a facet it does not know with a clear message', async () => {
    const res = await visitor().get('/therapists?technique=reiki');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('One of the choices is not one we know');
  });

  it('shows the badge and what the professional chose on a profile; never the licence number', async () => {
    const res = await visitor().get(`/therapists/adeyemi-${tag}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Verified professional');
    expect(html).toContain('LCSW, Pennsylvania, US');
    expect(html).toContain('valid until');
    expect(html).toContain('Groups for worry and panic.');
    expect(html).not.toMatch(/LC-\d+/);
    for (const slug of ['hidden', 'lapsed', 'waiting', 'gone']) {
      expect((await visitor().get(`/therapists/${slug}-${tag}`)).status).toBe(404);
    }
  });
});

describe('the professional’s own listing', () => {
  it('is theirs to choose once verified; others are refused; bad input changes nothing', async () => {
    const path = '/account/professional/listing';
    const member = await signedInUser(t);
    const pending = await signedInUser(t, { professional: 'pending', twoFactor: true });
    expect((await visitor().get(path)).status).toBe(303);
    expect((await member.client.get(path)).status).toBe(403);
    expect((await pending.client.get(path)).status).toBe(403);
    const pro = await signedInUser(t, {
      name: `Marisol Vega ${tag}`,
      professional: 'verified',
      twoFactor: true,
    });
    expect((await pro.client.get(path)).status).toBe(200);
    const bad = await pro.client.post(path, { listed: 'on', country: 'USA', topics: 'astrology' });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('two-letter country code');
    expect(text).toContain('Choose from the lists.');
    const [before] = await t.db
      .select()
      .from(professionalProfiles)
      .where(eq(professionalProfiles.userId, pro.id));
    expect([before?.listed, before?.slug]).toEqual([false, null]);
    const ok = await pro.client.post(path, {
      listed: 'on',
      bio: 'Hello',
      topics: ['grief', 'anxiety'],
      languages: 'es',
      country: 'mx',
      online: 'on',
    });
    expect(ok.status).toBe(303);
    const [after] = await t.db
      .select()
      .from(professionalProfiles)
      .where(eq(professionalProfiles.userId, pro.id));
    expect(after?.slug).toMatch(new RegExp(`^marisol-vega-${tag}-[0-9a-f]{6}$`));
    expect([after?.listed, after?.country, after?.topics, after?.online]).toEqual([
      true,
      'MX',
      ['grief', 'anxiety'],
      true,
    ]);
    expect((await visitor().get(`/therapists/${after?.slug}`)).status).toBe(200);
  });
});

describe('the verified badge on therapy groups', () => {
  it('on the card and the page while the licence holds; gone once it expires', async () => {
    const lead = await therapist('Badge', {});
    const g = await therapyGroup(t.db, { name: `Badge circle ${tag}` });
    await t.db.insert(groupLeaders).values({ groupId: g.id, userId: lead.id, role: 'owner' });
    await t.searchIndex.catchUp();
    const card = await (
      await visitor().get(`/groups?q=${encodeURIComponent(`Badge circle ${tag}`)}`)
    ).text();
    expect(card).toContain('badge--verified');
    const page = await (await visitor().get(`/groups/${g.slug}`)).text();
    expect(page).toContain('LCSW, Pennsylvania, US');
    expect(page).toContain(`href="/therapists/badge-${tag}"`);
    await t.db
      .update(professionalProfiles)
      .set({ expiresOn: '2021-01-01' })
      .where(eq(professionalProfiles.userId, lead.id));
    expect(
      await (await visitor().get(`/groups?q=${encodeURIComponent(`Badge circle ${tag}`)}`)).text(),
    ).not.toContain('badge--verified');
    expect(await (await visitor().get(`/groups/${g.slug}`)).text()).not.toContain(
      'LCSW, Pennsylvania, US',
    );
  });
});
