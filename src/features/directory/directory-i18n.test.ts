import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from './commands.js';
import { generateDemoGroups } from './demo/index.js';
import type { GroupInput } from './model.js';

const today = DateTime.now().setZone('America/New_York').toISODate()!;

// Two demo listings, moved to Philadelphia and pinned to what these tests read.
const demo = generateDemoGroups({ today, count: 80 });
const inPerson = (kind: GroupInput['kind']) =>
  demo.find((g) => g.kind === kind && g.mode === 'in_person' && g.location)!;
const nearCenterCity = (g: GroupInput) => ({
  ...g.location!,
  latitude: 39.9597,
  longitude: -75.1712,
});
const tuesdays: GroupInput['schedules'] = [
  {
    kind: 'weekly',
    days: [2],
    interval: 1,
    startDate: today,
    startTime: '18:30',
    durationMinutes: 90,
    timezone: 'America/New_York',
  },
];

const support = inPerson('support');
const circle: GroupInput = {
  ...support,
  slug: 'i18n-grief-circle',
  name: 'Evening Grief Circle',
  description: 'We share **stories** and tea.',
  topics: ['grief', 'trauma'],
  languages: ['en'],
  status: 'active',
  policy: 'drop_in',
  cost: { kind: 'free' },
  location: nearCenterCity(support),
  schedules: tuesdays,
};

const therapyBase = inPerson('therapy');
const therapy: GroupInput = {
  ...therapyBase,
  slug: 'i18n-terapia-ansiedad',
  name: 'Terapia de grupo para la ansiedad',
  summary: 'Ocho sesiones para aprender herramientas de TCC.',
  topics: ['anxiety'],
  languages: ['es'],
  status: 'active',
  policy: 'application',
  capacity: 8,
  cost: { kind: 'fixed', amountCents: 6000, currency: 'USD', insurance: true },
  leaders: [{ displayName: 'Dra. Ana Ruiz', role: 'professional', credentials: 'PhD' }],
  therapy: { techniques: ['cbt'], sessions: 8, startDate: today, screening: true },
  location: nearCenterCity(therapyBase),
  schedules: tuesdays,
};

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  for (const g of [circle, therapy]) await saveGroup(t.db, g);
});
afterAll(() => t.close());

const page = async (path: string, lang: string) =>
  (await t.app.request(path, { headers: { 'accept-language': lang } })).text();

const SPANISH_MOMENT =
  /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre), \d{2}:\d{2}/;

describe('the directory in Spanish', () => {
  it('labels the search form and its filters in Spanish', async () => {
    const html = await page('/groups', 'es-US,es;q=0.9');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h1 class="visually-hidden">Buscar un grupo</h1>');
    expect(html).toContain('<label for="q">¿Qué estás buscando?</label>');
    expect(html).toContain('placeholder="Código postal o ciudad"');
    expect(html).toContain('<legend class="visually-hidden">Tipo de grupo</legend>');
    expect(html).toContain('Grupos de apoyo (guiados por pares)');
    expect(html).toContain('<h2 id="filters-heading">Filtros</h2>');
    expect(html).toMatch(/data-apply-filters="true">Ver \d+ grupos?</);
    expect(html).toContain('<legend>Temas</legend>');
    expect(html).toMatch(/value="grief"[^>]*\/> Duelo y pérdida/);
    expect(html).toMatch(/value="2"[^>]*\/> martes/);
    expect(html).toContain('Última hora de la tarde (de 17:00 a 21:00)');
    expect(html).toContain('Acceso sin escalones');
    expect(html).toContain('<label for="tz">Horarios en</label>');
    expect(html).toContain('hora oriental (New York)');
    expect(html).toContain('>Buscar</button>');
    // The browser module's status words travel in data- attributes.
    expect(html).toContain('data-locating="Buscando tu ubicación…"');
    expect(html).toContain('<nav class="tabs" aria-label="Ver resultados como">');
  });

  it('writes results, counts and next meetings the Spanish way', async () => {
    const html = await page('/groups?near=19103&radius=25', 'es-US');
    expect(html).toMatch(/\d+ grupos? cerca de 19103 \(Philadelphia, PA\)/);
    expect(html).toContain('Grupo de apoyo');
    expect(html).toContain('<dt class="visually-hidden">Próxima reunión</dt>');
    expect(html).toMatch(SPANISH_MOMENT);
    expect(html).toContain('Gratis');
    expect(html).toContain('Entrada libre');
    expect(html).toContain('Los horarios están en hora oriental (New York).');
  });

  it('shows a group page in Spanish, marking the group’s own English text', async () => {
    const html = await page(`/groups/${circle.slug}`, 'es');
    expect(html).toContain('<h2 id="glance">De un vistazo</h2>');
    for (const term of [
      'Quién lo guía',
      'Para qué sirve',
      'Cómo se organiza',
      'Confidencialidad',
      'Técnicas',
    ]) {
      expect(html).toContain(`<dt>${term}</dt>`);
    }
    expect(html).toContain(
      'Apoyo y experiencias compartidas sobre duelo y pérdida y trauma y TEPT',
    );
    expect(html).toContain('Todos los martes, 18:30–20:00 (hora oriental)');
    expect(html).toMatch(new RegExp(`<time datetime="[^"]+">${SPANISH_MOMENT.source}</time>`));
    expect(html).toContain('<h1 lang="en">Evening Grief Circle</h1>');
    expect(html).toContain('<div class="prose" lang="en">');
    expect(html).toContain('<label for="problem">¿Qué está mal?</label>');
    expect(html).toContain('Agregar al calendario (.ics)');
    // The same page in English needs no marks: the text is in the page's language.
    const en = await page(`/groups/${circle.slug}`, 'en-US');
    expect(en).toContain('<h1>Evening Grief Circle</h1>');
  });

  it('marks a Spanish group on an English page, and formats its price for the viewer', async () => {
    const en = await page(`/groups/${therapy.slug}`, 'en-US');
    expect(en).toContain('<h1 lang="es">Terapia de grupo para la ansiedad</h1>');
    expect(en).toContain('$60 per session; insurance accepted');
    const es = await page(`/groups/${therapy.slug}`, 'es-US');
    expect(es).toContain('$60 por sesión; se acepta seguro médico');
    expect(es).toContain('Lo dirige un profesional con licencia: Dra. Ana Ruiz, PhD');
    expect(es).toMatch(/8 sesiones a partir del \d{1,2} de [a-z]+ de \d{4}, con un plan/);
    expect(es).not.toContain('<h1 lang=');
  });

  it('explains bad filters and bad reports in Spanish', async () => {
    const res = await t.app.request('/groups?radius=-5', { headers: { 'accept-language': 'es' } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('radius: no entendemos este valor.');
    const report = await t.app.request(`http://localhost/groups/${circle.slug}/report`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
        'accept-language': 'es',
      },
      body: 'problem=aliens',
    });
    expect(report.status).toBe(400);
    expect(await report.text()).toContain('Elige de la lista qué está mal.');
  });
});

describe('distances', () => {
  const distance = /· (?:a )?(\d+(?:[.,]\d)?) (mi|km)(?: away)?</;

  it('uses miles in the US, kilometres elsewhere (the UK included)', async () => {
    expect((await page('/groups?near=19103', 'en-US')).match(distance)?.[2]).toBe('mi');
    expect((await page('/groups?near=19103', 'es-US')).match(distance)?.[2]).toBe('mi');
    expect((await page('/groups?near=19103', 'en-GB')).match(distance)?.[2]).toBe('km');
    const mx = await page('/groups?near=19103', 'es-MX,es;q=0.9');
    expect(mx.match(distance)?.[2]).toBe('km');
    expect(mx).toContain('<option value="40" selected="">40 km</option>');
    expect((await page('/groups?near=19103', 'en-CA')).match(distance)?.[2]).toBe('km');
  });

  it('lets the unit in the filter win over the country', async () => {
    const html = await page('/groups?near=19103&unit=km&radius=40', 'en-US');
    expect(html.match(distance)?.[2]).toBe('km');
    expect(html).toContain('name="unit" value="km"');
    expect((await page('/groups?near=19103&unit=mi', 'es-MX')).match(distance)?.[2]).toBe('mi');
  });
});
