import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { filterDefaults } from '../directory/filters.js';
import { recommend } from './scoring.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden inputs of the page's guide form (not the layout's), as a browser would post them. */
function hiddenFields(html: string): [string, string][] {
  const form = html.match(/<form method="post" action="\/guide"[\s\S]*?<\/form>/)?.[0] ?? '';
  return [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(
    (m) => [m[1] ?? '', decode(m[2] ?? '')] as [string, string],
  );
}

const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));

/** Answers the step on screen: its hidden fields plus the given controls, like a browser. */
async function answer(
  client: Client,
  page: string,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const body: Record<string, string[]> = {};
  for (const [name, value] of hiddenFields(page)) body[name] = [...(body[name] ?? []), value];
  for (const [name, value] of Object.entries(fields)) body[name] = [value].flat();
  return client.post('/guide', body, headers);
}

/** Walks the guide from the start, one screen per entry, and returns the last response. */
async function walk(
  steps: Record<string, string | string[]>[],
  headers: Record<string, string> = {},
) {
  const client = new Client(t.app);
  let res = await client.get('/guide', headers);
  const pages = [await res.text()];
  for (const fields of steps) {
    res = await answer(client, pages.at(-1) ?? '', { go: 'next', ...fields }, headers);
    expect(res.headers.get('cache-control')).toBe('no-store');
    pages.push(await res.clone().text());
  }
  return { client, res, pages, html: pages.at(-1) ?? '' };
}

const GRIEF_ONLINE: Record<string, string | string[]>[] = [
  { safety: 'no' },
  { topic: 'grief' },
  { hope: 'peers' },
  { structure: 'loose' },
  { care: 'none' },
  { mode: 'online' },
  { day: ['2', '4'], time: 'evening' },
  { cost: 'free' },
];
// Guide-only questions (cost is a directory filter too): none may reach a link or a cookie.
const PRIVATE_PARAMS = /[?&](safety|hope|structure|care)=/;

describe('GET /guide', () => {
  it('introduces the guide and asks the safety question first, uncached', async () => {
    const res = await new Client(t.app).get('/guide');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>Which kind of group could suit you?</h1>');
    expect(html).toContain('are you thinking about ending your life');
    expect(html).toContain('Step 1 of 9');
    expect(html).toMatch(/<progress max="9" value="1"/);
    expect(html).toContain('<legend class="guide-legend"><h2>');
    // The first question is required: no skip and no back.
    expect(html).not.toContain('value="skip"');
    expect(html).not.toContain('value="back"');
  });
});

describe('the guide in English', () => {
  it('walks to a result with reasons along the differences and a directory link', async () => {
    const { client, res, pages, html } = await walk(GRIEF_ONLINE);
    expect(pages[1]).toContain('Step 2 of 9');
    // Online people are not asked where: the place step drops out of the count.
    expect(pages[6]).toContain('Step 7 of 8');
    expect(pages[6]).toContain('When are you usually free?');
    expect(pages[7]).toContain('Step 8 of 8');
    expect(pages[7]).toContain('See my suggestion');

    expect(res.status).toBe(200);
    expect(html).toContain(
      '<h1 id="guide-result-title">A support group looks like a good fit</h1>',
    );
    for (const heading of ['Who leads', 'Structure', 'Confidentiality']) {
      expect(html).toContain(`<dt>${heading}</dt>`);
    }
    const expected = recommend(
      {
        safety: 'no',
        topic: 'grief',
        hope: 'peers',
        structure: 'loose',
        care: ['none'],
        mode: 'online',
        days: [2, 4],
        times: ['evening'],
        cost: 'free',
      },
      filterDefaults(t.deps.config),
    );
    const search = expected.searches[0]?.href ?? '';
    expect(search).toMatch(/^\/groups\?/);
    const links = hrefs(html);
    expect(links).toContain(search);
    expect(links).toContain('/compare');
    expect(links).toContain('/crisis');
    const params = new URL(search, 'http://x').searchParams;
    expect(params.get('kind')).toBe('support');
    expect(params.getAll('topic')).toContain('grief');
    // Answers never travel in a URL, and nothing is kept in a cookie.
    for (const link of links) expect(link).not.toMatch(PRIVATE_PARAMS);
    expect(client.cookies.size).toBe(0);
  });

  it('asks where for in-person meetings and carries the place to the search only', async () => {
    const { html } = await walk([
      { safety: 'no' },
      { topic: 'anxiety' },
      { hope: 'professional' },
      { structure: 'structured' },
      { care: 'therapist' },
      { mode: 'in_person' },
      { place: '19103' },
      {},
      { cost: 'insurance' },
    ]);
    expect(html).toContain('Group therapy looks like a good fit');
    const search = hrefs(html).find((h) => h.startsWith('/groups?')) ?? '';
    const params = new URL(search, 'http://x').searchParams;
    expect(params.get('near')).toBe('19103');
    expect(params.get('kind')).toBe('therapy');
    expect(search).not.toMatch(PRIVATE_PARAMS);
  });

  it('suggests one-to-one help first when a group cannot hold what is needed', async () => {
    const { html } = await walk([
      { safety: 'no' },
      { topic: 'depression' },
      { hope: 'unsure' },
      { structure: 'unsure' },
      { care: ['severe', 'medication'] },
      { mode: 'either' },
      {},
      {},
      { cost: 'any' },
    ]);
    expect(html).toContain('One-to-one help first');
    expect(html).toContain('Also worth considering');
    expect(html).toContain('Find support groups');
  });

  it('goes back with the answers kept, skips optional steps, and changes answers from the result', async () => {
    const { client, pages } = await walk([{ safety: 'no' }, { topic: 'grief' }]);
    const back = await answer(client, pages[2] ?? '', { go: 'back', hope: 'peers' });
    const topicPage = await back.text();
    expect(topicPage).toContain('What would you like support with?');
    expect(topicPage).toMatch(/value="grief" checked/);
    expect(hiddenFields(topicPage)).toContainEqual(['hope', 'peers']);

    const skipped = await answer(client, topicPage, { go: 'skip', topic: 'grief' });
    const hopePage = await skipped.text();
    expect(hopePage).toContain('What are you hoping a group will give you?');
    expect(hiddenFields(hopePage).map(([n]) => n)).not.toContain('topic');

    const { client: again, html } = await walk(GRIEF_ONLINE);
    const change = await answer(again, html, { go: 'back' });
    const costPage = await change.text();
    expect(costPage).toContain('What can you spend?');
    expect(costPage).toMatch(/value="free" checked/);
  });
});

describe('the crisis path', () => {
  it('sends a yes to the safety question straight to /crisis', async () => {
    const client = new Client(t.app);
    const res = await client.post('/guide', { step: 'safety', go: 'next', safety: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/crisis');
  });

  it('does so from any screen, even going back', async () => {
    const client = new Client(t.app);
    const res = await client.post('/guide', {
      step: 'hope',
      go: 'back',
      safety: 'yes',
      topic: 'grief',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/crisis');
  });
});

describe('answers the guide cannot accept', () => {
  it('rejects an unknown code with a clear message and keeps the other answers as they were', async () => {
    const client = new Client(t.app);
    const res = await client.post('/guide', {
      step: 'hope',
      go: 'next',
      safety: 'no',
      topic: 'grief',
      hope: 'banana-split',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<title>Error: ');
    expect(html).toContain('There is a problem');
    expect(html).toContain('Please choose from the options shown.');
    expect(html).toContain('href="#hope"');
    expect(html).toContain('What are you hoping a group will give you?');
    expect(html).not.toContain('banana-split');
    expect(html).not.toMatch(/name="hope" value="[^"]*" checked/);
    expect(hiddenFields(html)).toEqual([
      ['safety', 'no'],
      ['topic', 'grief'],
      ['step', 'hope'],
    ]);
  });

  it('asks again where a forged hidden answer belongs', async () => {
    const res = await new Client(t.app).post('/guide', {
      step: 'cost',
      go: 'next',
      safety: 'no',
      mode: 'teleport',
      cost: 'free',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('How would you like to meet?');
    expect(hiddenFields(html)).toContainEqual(['cost', 'free']);
  });

  it('requires an answer to the safety question', async () => {
    const res = await new Client(t.app).post('/guide', { step: 'safety', go: 'next' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Please choose an answer to continue.');
  });

  it('answers an unknown step with a page that starts again', async () => {
    const res = await new Client(t.app).post('/guide', { step: 'nope', safety: 'no' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('This page is out of date');
    expect(html).toContain('href="/guide"');
  });
});

describe('the guide in Spanish', () => {
  const es = { 'accept-language': 'es-ES,es;q=0.9' };

  it('asks and answers in Spanish from start to result', async () => {
    const client = new Client(t.app);
    const first = await (await client.get('/guide', es)).text();
    expect(first).toContain('¿Qué tipo de grupo te podría convenir?');
    expect(first).toContain('Paso 1 de 9');
    expect(first).toContain('¿estás pensando en quitarte la vida');
    expect(first).toContain('>Siguiente<');

    const { html, pages } = await walk(GRIEF_ONLINE, es);
    expect(pages[1]).toContain('¿Con qué te gustaría recibir apoyo?');
    expect(pages[1]).toContain('Saltar esta pregunta');
    expect(pages[1]).toContain('>Atrás<');
    expect(html).toContain('Un grupo de apoyo parece una buena opción');
    expect(html).toContain('<dt>Quién lo dirige</dt>');
    expect(html).toContain('Buscar grupos de apoyo');
    expect(html).toContain('Cambiar mis respuestas');
    expect(html).not.toContain('Who leads');
  });

  it('explains a rejected answer in Spanish', async () => {
    const res = await new Client(t.app).post(
      '/guide',
      { step: 'safety', go: 'next', safety: 'maybe' },
      es,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Hay un problema');
    expect(html).toContain('Elige entre las opciones que se muestran.');
  });
});
