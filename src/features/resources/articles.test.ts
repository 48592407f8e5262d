import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLES_DIR,
  countWords,
  createLibrary,
  fold,
  loadLibrary,
  parseArticle,
  readingMinutes,
} from './articles.js';
import { FrontMatterError } from './front-matter.js';
import { articlesFor, listArticles } from './listing.js';

const good = (over: Record<string, string> = {}, body = 'Some words here.') => {
  const fields = {
    title: 'Grief groups',
    summary: 'What they are.',
    topics: '[grief]',
    language: 'en',
    reviewed: '2026-11-26',
    ...over,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
};

describe('the real articles', () => {
  const library = loadLibrary(ARTICLES_DIR);

  it('all load: at least 10 in English and 4 in Spanish, each with a reading time', () => {
    const files = readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.md'));
    expect(library.articles).toHaveLength(files.length);
    const en = library.articles.filter((a) => a.language === 'en');
    const es = library.articles.filter((a) => a.language === 'es');
    expect(en.length).toBeGreaterThanOrEqual(10);
    expect(es.length).toBeGreaterThanOrEqual(4);
    for (const a of library.articles) {
      expect(a.minutes).toBeGreaterThanOrEqual(1);
      expect(a.html).not.toContain('<script');
    }
  });

  it('every Spanish article has an English original', () => {
    for (const a of library.articles.filter((x) => x.language === 'es')) {
      expect(library.versions(a.slug)?.en, a.slug).toBeDefined();
    }
  });

  it('Spanish viewers get Spanish where it exists and English for the rest', () => {
    const list = articlesFor(library, 'es');
    expect(list).toHaveLength(new Set(library.articles.map((a) => a.slug)).size);
    expect(list.find((a) => a.slug === 'grief-groups')?.language).toBe('es');
    expect(list.find((a) => a.slug === 'caregiver-support')?.language).toBe('en');
    // Own language first.
    const firstEnglish = list.findIndex((a) => a.language === 'en');
    expect(list.slice(firstEnglish).every((a) => a.language === 'en')).toBe(true);
  });
});

describe('parseArticle', () => {
  it('reads an article and works out its reading time', () => {
    const body = Array.from({ length: 401 }, () => 'word').join(' ');
    const a = parseArticle('grief-groups.en.md', good({}, body));
    expect(a).toMatchObject({
      slug: 'grief-groups',
      language: 'en',
      title: 'Grief groups',
      topics: ['grief'],
      reviewed: '2026-11-26',
      minutes: 3,
    });
  });

  it.each([
    ['a missing key', good({ summary: '' }), 'missing key "summary"'],
    ['an unknown key', good({ author: 'Someone' }), 'unknown key "author"'],
    ['an unknown topic', good({ topics: '[grief, sadness]' }), 'unknown topic "sadness"'],
    ['topics that are not a list', good({ topics: 'grief' }), '"topics" must be a list'],
    ['an unsupported language', good({ language: 'fr' }), 'unsupported language "fr"'],
    ['a language unlike the file name', good({ language: 'es' }), 'does not match the file name'],
    ['an impossible date', good({ reviewed: '2026-02-30' }), '"reviewed" must be a date'],
    ['a list as the title', good({ title: '[a, b]' }), '"title" must be a non-empty text'],
    ['no body', good({}, ''), 'no text'],
  ])('rejects %s with an error naming the file', (_, source, message) => {
    const attempt = () => parseArticle('grief-groups.en.md', source, 'content/articles/x.en.md');
    expect(attempt).toThrow(FrontMatterError);
    expect(attempt).toThrow('content/articles/x.en.md: ');
    expect(attempt).toThrow(message);
  });

  it('rejects a file name without a language', () => {
    expect(() => parseArticle('grief-groups.md', good())).toThrow('grief-groups.md: file name');
  });
});

describe('loadLibrary', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a folder with one broken file, naming that file', () => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    writeFileSync(join(dir, 'fine.en.md'), good());
    writeFileSync(join(dir, 'broken.en.md'), good({ topics: '[nope]' }));
    writeFileSync(join(dir, 'README.txt'), 'not an article');
    expect(() => loadLibrary(dir as string)).toThrow(/broken\.en\.md: unknown topic "nope"/);
  });
});

describe('search and helpers', () => {
  const library = createLibrary([
    parseArticle('a.en.md', good({ title: 'Grief groups' }, 'Tea and talk on Tuesdays.')),
    parseArticle(
      'b.en.md',
      good({ title: 'Caregivers', topics: '[caregivers]' }, 'Respite for the carer.'),
    ),
    parseArticle(
      'b.es.md',
      good(
        { title: 'Cuidadores', topics: '[caregivers]', language: 'es' },
        'Descanso para quien cuida. Terapéutico.',
      ),
    ),
  ]);

  it('matches every word over title, summary and body, ignoring case and accents', () => {
    expect(listArticles(library, 'en', { q: 'tea TUESDAYS' }).map((a) => a.slug)).toEqual(['a']);
    expect(listArticles(library, 'en', { q: 'tea respite' })).toEqual([]);
    expect(listArticles(library, 'es', { q: 'terapeutico' }).map((a) => a.title)).toEqual([
      'Cuidadores',
    ]);
  });

  it('filters by topic', () => {
    expect(listArticles(library, 'en', { topic: 'caregivers' }).map((a) => a.title)).toEqual([
      'Caregivers',
    ]);
  });

  it('counts words, not Markdown punctuation, and rounds reading time up', () => {
    expect(countWords('## Heading\n\n- one two\n- *three*\n\n---')).toBe(4);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(fold('Terapéutico ÑU')).toBe('terapeutico nu');
  });
});
