import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';

const es = { 'accept-language': 'es-MX,es;q=0.9' };

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await t.app.request(path, { headers });
  return { status: res.status, html: await res.text() };
};

describe('GET /compare', () => {
  it('shows a real table over the five differences and the next steps, in English', async () => {
    const { status, html } = await page('/compare');
    expect(status).toBe(200);
    expect(html).toContain('<caption');
    expect(html.match(/<th scope="row">/g)).toHaveLength(5);
    expect(html.match(/<th scope="col">/g)).toHaveLength(3);
    expect(html).toContain('Who leads it');
    expect(html).toContain('What happens at a first meeting');
    expect(html).toContain('not medical advice');
    for (const href of ['/guide', '/groups?kind=support', '/groups?kind=therapy']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('speaks Spanish to a Spanish browser', async () => {
    const { status, html } = await page('/compare', es);
    expect(status).toBe(200);
    expect(html).toContain('Tu próximo paso');
    expect(html).toContain('Quién lo guía');
    expect(html).not.toContain('Who leads it');
  });
});
