import { describe, expect, it } from 'vitest';
import { XSS_TRICKS } from '../features/boards/test-fixtures.js';
import { PostBody, safeHref } from './plain-text.js';

// The formatting subset renders what people wrote as text: nothing they type becomes markup.

const html = (body: string) => String(<PostBody body={body} />);

describe('the board’s formatting subset', () => {
  it('makes paragraphs, line breaks and lists', () => {
    expect(html('one\ntwo\n\nthree')).toBe(
      '<div class="post-body"><p>one<br/>two</p><p>three</p></div>',
    );
    expect(html('- a\n- b')).toBe('<div class="post-body"><ul><li>a</li><li>b</li></ul></div>');
    expect(html('1. a\n2) b')).toBe('<div class="post-body"><ol><li>a</li><li>b</li></ol></div>');
    expect(html('What helps:\n- tea\n- walks\nThanks')).toBe(
      '<div class="post-body"><p>What helps:</p><ul><li>tea</li><li>walks</li></ul><p>Thanks</p></div>',
    );
  });

  it('links web addresses that show themselves and open safely, without trailing punctuation', () => {
    expect(html('See https://example.org/a?b=1.')).toBe(
      '<div class="post-body"><p>See <a href="https://example.org/a?b=1" rel="nofollow noopener noreferrer ugc" target="_blank">https://example.org/a?b=1</a>.</p></div>',
    );
  });

  it('never links anything but plain http(s), nor addresses with credentials', () => {
    expect(safeHref('javascript:alert(1)')).toBe(false);
    expect(safeHref('https://user:pass@evil.example/')).toBe(false);
    expect(safeHref('https://example.org/')).toBe(true);
  });

  it.each(XSS_TRICKS)('renders %s inert', (trick) => {
    const out = html(trick);
    // Only our own tags survive; every < a person typed is escaped.
    const tags = [...out.matchAll(/<\/?([a-z]+)/gi)].map((m) => (m[1] as string).toLowerCase());
    expect(tags.every((tag) => ['div', 'p', 'br', 'ul', 'ol', 'li', 'a'].includes(tag))).toBe(true);
    expect(out).not.toMatch(/href="(?!https?:)/i);
    expect(out).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(out).not.toMatch(/<a [^>]*href="https?:\/\/[^"]*@/i);
  });
});
