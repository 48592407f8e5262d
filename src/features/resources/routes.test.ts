import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import type { GroupInput } from '../directory/model.js';

const today = DateTime.now().setZone('America/New_York').toISODate()!;
const es = { 'accept-language': 'es-MX,es;q=0.9' };

function group(slug: string, name: string, topics: GroupInput['topics']): GroupInput {
  return {
    slug,
    name,
    kind: 'support',
    summary: 'A weekly circle for people who share something hard.',
    description: 'We talk and listen.',
    topics,
    audiences: [],
    languages: ['en'],
    mode: 'online',
    status: 'active',
    leaders: [{ displayName: 'Sam P.', role: 'peer' }],
    policy: 'drop_in',
    cost: { kind: 'free' },
    accessibility: [],
    online: { visibility: 'members' },
    schedules: [
      {
        kind: 'weekly',
        days: [3],
        interval: 1,
        startDate: today,
        startTime: '19:00',
        durationMinutes: 60,
        timezone: 'America/New_York',
      },
    ],
  };
}

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  for (const [slug, name, topics] of [
    ['evening-grief-circle', 'Evening Grief Circle', ['grief']],
    ['after-suicide-loss', 'After a Suicide Loss', ['suicide_loss', 'grief']],
    ['grief-walkers', 'Grief Walkers', ['grief']],
    ['grief-and-tea', 'Grief and Tea', ['grief']],
    ['caregiver-coffee', 'Caregiver Coffee', ['caregivers']],
  ] as const) {
    await saveGroup(t.db, group(slug, name, [...topics]));
  }
});
afterAll(() => t.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await t.app.request(path, { headers });
  return { status: res.status, html: await res.text() };
};

describe('GET /resources', () => {
  it('lists every English article with its reading time', async () => {
    const { status, html } = await page('/resources');
    expect(status).toBe(200);
    expect(html.match(/class="resource-card"/g)?.length).toBeGreaterThanOrEqual(10);
    expect(html).toMatch(/\d+ min read/);
    expect(html).toContain('href="/resources/grief-groups"');
    expect(html).not.toContain('(in English)');
  });

  it('gives Spanish viewers Spanish where it exists and marks the English ones', async () => {
    const { html } = await page('/resources', es);
    expect(html).toContain('Grupos de duelo');
    expect(html).toMatch(/\d+ min de lectura/);
    expect(html).toContain('(en inglés)');
    // An English title inside a Spanish page carries its language.
    expect(html).toMatch(/<a href="\/resources\/caregiver-support" lang="en">/);
  });

  it('searches title, summary and body with ?q=, and filters by topic', async () => {
    const found = await page('/resources?q=Secular');
    expect(found.html).toContain('href="/resources/recovery-groups-12-step-and-secular"');
    expect(found.html).not.toContain('href="/resources/grief-groups"');
    expect(found.html).toContain('1 article matches “Secular”');

    const none = await page('/resources?q=zzzqqq');
    expect(none.html).toContain('No article matches');

    const topic = await page('/resources?topic=caregivers');
    expect(topic.html).toContain('href="/resources/caregiver-support"');
    expect(topic.html).not.toContain('href="/resources/grief-groups"');
    expect(topic.html).toMatch(/<option value="caregivers" selected/);
  });

  it('ignores an unknown topic rather than failing', async () => {
    const { status, html } = await page('/resources?topic=nope');
    expect(status).toBe(200);
    expect(html).toContain('href="/resources/grief-groups"');
  });
});

describe('GET /resources/:slug', () => {
  it('renders the article with its date, reading time, note, related groups and Spanish link', async () => {
    const { status, html } = await page('/resources/grief-groups');
    expect(status).toBe(200);
    expect(html).toContain('<h1>Grief groups');
    expect(html).toContain('<time datetime="2026-11-26">November 26, 2026</time>');
    expect(html).toMatch(/\d+ min read/);
    expect(html).toContain('information, not medical');
    expect(html).toContain('href="/resources/grief-groups?lang=es"');
    expect(html).toContain('Leer este artículo en español');
    // At most three related groups, all on the article's topics, and the full search.
    expect(html.match(/href="\/groups\/[a-z-]+"/g)).toHaveLength(3);
    expect(html).not.toContain('Caregiver Coffee');
    expect(html).toContain('href="/groups?topic=grief&amp;topic=suicide_loss"');
  });

  it('shows Spanish viewers the Spanish version, with the date in Spanish', async () => {
    const { html } = await page('/resources/grief-groups', es);
    expect(html).toContain('Grupos de duelo');
    expect(html).toContain('26 de noviembre de 2026');
    expect(html).toContain('Read this article in English');
    expect(html).toContain('Grupos sobre estos temas');
    expect(html).not.toMatch(/<article[^>]*lang=/);
  });

  it('marks an English article shown on a Spanish page with lang="en"', async () => {
    const { html } = await page('/resources/caregiver-support', es);
    expect(html).toMatch(/<article class="resource-article" lang="en">/);
    expect(html).toContain('Caregiver Coffee');
    const chosen = await page('/resources/grief-groups?lang=en', es);
    expect(chosen.html).toMatch(/<article class="resource-article" lang="en">/);
  });

  it('offers the whole directory when an article has no topics', async () => {
    const { status, html } = await page('/resources/first-support-group');
    expect(status).toBe(200);
    expect(html).toContain('Browse all groups');
  });

  it('answers 404 with a friendly page for an unknown slug', async () => {
    const { status, html } = await page('/resources/no-such-article');
    expect(status).toBe(404);
    expect(html).toContain('There is no article at this address');
    expect((await page('/resources/no-such-article', es)).html).toContain('No hay ningún artículo');
  });
});
