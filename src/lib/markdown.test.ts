import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('**Welcome.** We meet *weekly*.\n\n- tea\n- talk');
    expect(html).toContain('<strong>Welcome.</strong>');
    expect(html).toContain('<li>tea</li>');
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps safe links, drops javascript: links, and turns images into links', () => {
    const html = renderMarkdown(
      '[site](https://example.org) [bad](javascript:alert(1)) ![map](https://example.org/m.png)',
    );
    expect(html).toContain(
      '<a href="https://example.org" rel="nofollow noopener noreferrer">site</a>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
    expect(html).toContain('>map</a>');
  });
});
