import { Marked } from 'marked';

/**
 * Markdown for listings written by leaders and imported feeds. Raw HTML is shown as text,
 * never interpreted; links keep only http(s) and mailto targets and open without a referrer;
 * images become links (a remote image would tell its host who looks at a grief group).
 */
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_URL.test(href)) return text;
      return `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${text}</a>`;
    },
    image({ href, text }) {
      if (!SAFE_URL.test(href)) return escapeHtml(text);
      return `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${escapeHtml(text || href)}</a>`;
    },
  },
});

export function renderMarkdown(source: string): string {
  return marked.parse(source, { async: false }) as string;
}
