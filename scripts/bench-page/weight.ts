import http from 'node:http';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';

/** One response as it crossed the wire, and what it holds once unpacked. */
type Fetched = { encoding: string; wire: number; body: Buffer };

/**
 * GET with the Accept-Encoding a browser sends (`br, gzip`), through node:http rather than
 * fetch: fetch unpacks bodies itself and hides how many bytes actually came over the wire.
 */
function get(base: string, path: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 400) {
            reject(new Error(`${path}: HTTP ${res.statusCode}`));
            return;
          }
          const raw = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          // The server knows gzip only (hono/compress and the asset route); anything else
          // would be a change worth noticing, so it fails loudly instead of being miscounted.
          if (encoding !== 'identity' && encoding !== 'gzip') {
            reject(new Error(`${path}: unexpected Content-Encoding ${encoding}`));
            return;
          }
          const body = encoding === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ encoding, wire: raw.length, body });
        });
      })
      .on('error', reject);
  });
}

/** Bytes of one resource: raw, as served, and as gzip / brotli at node:zlib's defaults. */
export type Sizes = {
  path: string;
  raw: number;
  served: number;
  servedEncoding: string;
  gzip: number;
  brotli: number;
};

/**
 * gzip at level 6 (what a server compressing on the fly typically uses) and brotli at node's
 * default quality 11 (what precompressed assets would get; on-the-fly brotli would use ~4-5
 * and land between the two figures).
 */
const sizes = (path: string, f: Fetched): Sizes => ({
  path,
  raw: f.body.length,
  served: f.wire,
  servedEncoding: f.encoding,
  gzip: gzipSync(f.body, { level: 6 }).length,
  brotli: brotliCompressSync(f.body).length,
});

const sum = (list: Sizes[], key: 'raw' | 'served' | 'gzip' | 'brotli') =>
  list.reduce((n, s) => n + s[key], 0);

export type PageWeight = {
  html: Sizes;
  assets: Sizes[];
  /** The page plus every stylesheet and script it links to. */
  total: { raw: number; served: number; gzip: number; brotli: number };
  /** The start of the results heading, to show the page found what it should. */
  heading: string;
  resultCards: number;
};

/**
 * Weigh a page and the CSS/JS its HTML links to (`<link rel=stylesheet>`, `<script src>`):
 * the scripts here are plain modules with no imports of their own (checked in the browser
 * run, which lists what was really loaded).
 */
export async function weighPage(base: string, path: string): Promise<PageWeight> {
  const page = await get(base, path);
  const html = page.body.toString('utf8');
  const links = [
    ...html.matchAll(/<(?:link[^>]*\shref|script[^>]*\ssrc)="([^"]+\.(?:css|js))"/g),
  ].map((m) => m[1]!);
  const assets: Sizes[] = [];
  for (const link of new Set(links)) {
    const url = new URL(link, base);
    assets.push(sizes(url.pathname, await get(url.origin, url.pathname)));
  }
  const all = [sizes(path, page), ...assets];
  const heading = /<h2 id="results-heading"[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '';
  return {
    html: all[0]!,
    assets,
    total: {
      raw: sum(all, 'raw'),
      served: sum(all, 'served'),
      gzip: sum(all, 'gzip'),
      brotli: sum(all, 'brotli'),
    },
    heading: heading.replace(/<[^>]+>/g, '').trim(),
    resultCards: (html.match(/<li class="result[\s"]/g) ?? []).length,
  };
}
