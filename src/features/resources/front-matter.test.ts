import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from './front-matter.js';

const file = 'sample.en.md';

describe('parseFrontMatter', () => {
  it('reads plain and quoted scalars, flow lists and the body', () => {
    const { data, body } = parseFrontMatter(
      [
        '---',
        'title: Grief groups: what to expect',
        'summary: "Quoted, with a comma"',
        "note: 'single quotes'",
        'topics: [grief, suicide_loss]',
        'empty: []',
        '',
        '# a comment line',
        '---',
        '',
        'Body text.',
      ].join('\n'),
      file,
    );
    expect(data).toEqual({
      title: 'Grief groups: what to expect',
      summary: 'Quoted, with a comma',
      note: 'single quotes',
      topics: ['grief', 'suicide_loss'],
      empty: [],
    });
    expect(body.trim()).toBe('Body text.');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const { data } = parseFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\nText', file);
    expect(data).toEqual({ title: 'A' });
  });

  it.each([
    ['no opening line', 'title: A\n---\nText', 'must start with'],
    ['no closing line', '---\ntitle: A\nText', 'not closed'],
    ['a line without a key', '---\ntitle: A\njust words\n---\n', 'line 3 is not "key: value"'],
    ['a duplicate key', '---\ntitle: A\ntitle: B\n---\n', 'duplicate key "title"'],
    ['a key without value', '---\ntitle:\n---\n', 'has no value'],
    ['an unterminated list', '---\ntopics: [grief\n---\n', 'unterminated list'],
    ['a nested list', '---\ntopics: [[grief]]\n---\n', 'nested'],
    ['an empty list item', '---\ntopics: [grief, ]\n---\n', 'empty item'],
    ['a mapping', '---\nauthor: {name: A}\n---\n', 'only plain values'],
    ['a block scalar', '---\nsummary: |\n---\n', 'only plain values'],
    ['an unterminated quote', '---\ntitle: "A\n---\n', 'unterminated quoted'],
    ['an indented key', '---\n  title: A\n---\n', 'is not "key: value"'],
  ])('rejects %s, naming the file', (_, source, message) => {
    const attempt = () => parseFrontMatter(source, file);
    expect(attempt).toThrow(FrontMatterError);
    expect(attempt).toThrow(`${file}: `);
    expect(attempt).toThrow(message);
  });

  it('either parses or throws a FrontMatterError, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseFrontMatter(`---\n${text}\n---\nBody`, file);
        } catch (error) {
          expect(error).toBeInstanceOf(FrontMatterError);
        }
      }),
    );
  });

  it('round-trips simple lists', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z_]{1,12}$/), { maxLength: 6 }), (items) => {
        const { data } = parseFrontMatter(`---\ntopics: [${items.join(', ')}]\n---\n`, file);
        expect(data.topics).toEqual(items);
      }),
    );
  });
});
