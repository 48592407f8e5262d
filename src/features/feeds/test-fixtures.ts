import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../lib/paths.js';

/** A real HTTP server on 127.0.0.1 that publishes feeds the way intergroup websites do. */
export type FeedServer = {
  url: (path: string) => string;
  /** Publish `body` at `path`; with `etag` or `lastModified`, answer conditional GETs with 304. */
  publish: (
    path: string,
    body: string,
    validators?: { etag?: string; lastModified?: string },
  ) => void;
  /** Requests seen, with the conditional headers they carried. */
  hits: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  close: () => Promise<void>;
};

type Published = { body: string; etag?: string; lastModified?: string };

export async function startFeedServer(): Promise<FeedServer> {
  const feeds = new Map<string, Published>();
  const hits: FeedServer['hits'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push({
      path: url.pathname,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    });
    if (url.pathname === '/slow') {
      // Headers at once, then nothing: only a time limit ends this.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      return;
    }
    if (url.pathname === '/endless') {
      // No Content-Length: only counting the bytes as they come stops this.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 32);
      const pump = () => {
        while (res.write(chunk)) {}
        res.once('drain', pump);
      };
      pump();
      req.on('close', () => res.destroy());
      return;
    }
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      return res.end();
    }
    if (url.pathname.startsWith('/status/')) {
      res.writeHead(Number(url.pathname.slice(8)));
      return res.end('no');
    }
    const feed = feeds.get(url.pathname);
    if (!feed) {
      res.writeHead(404);
      return res.end('not here');
    }
    const fresh =
      (feed.etag && req.headers['if-none-match'] === feed.etag) ||
      (!feed.etag && feed.lastModified && req.headers['if-modified-since'] === feed.lastModified);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (feed.etag) headers.etag = feed.etag;
    if (feed.lastModified) headers['last-modified'] = feed.lastModified;
    if (fresh) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, headers);
    res.end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    publish: (path, body, validators = {}) => feeds.set(path, { body, ...validators }),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Meeting Guide sample feed the import tests use (45 meetings in Kansas City). */
export const sampleFeed = (): Record<string, unknown>[] =>
  JSON.parse(
    readFileSync(join(projectRoot, 'tests/fixtures/meeting-guide/sample-feed.json'), 'utf8'),
  );
