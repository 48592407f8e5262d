import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot } from './paths.js';

/**
 * Static assets are built by esbuild in memory when the app starts (tens of milliseconds),
 * named by content hash and served from memory with year-long immutable caching. A changed
 * file gets a new name, so a stale cache can never serve an old stylesheet with a new page.
 */
type Bytes = Uint8Array<ArrayBuffer>;
export type Asset = { url: string; body: Bytes; gzip: Bytes; type: string; etag: string };
export type Assets = { byUrl: Map<string, Asset>; url(name: string): string };

/** Entry points, by the logical name pages use. Client modules join this list as they land. */
const ENTRIES: Record<string, string> = {
  'styles.css': 'src/client/styles.css',
  'directory.js': 'src/client/directory.ts',
};

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export async function buildAssets(): Promise<Assets> {
  const byName = new Map<string, Asset>();
  const byUrl = new Map<string, Asset>();
  const result = await build({
    entryPoints: Object.fromEntries(
      Object.entries(ENTRIES).map(([name, path]) => [
        name.replace(/\.[a-z]+$/, ''),
        join(projectRoot, path),
      ]),
    ),
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    entryNames: '[name].[hash]',
    outdir: '/assets',
    write: false,
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) {
    const name = basename(file.path);
    const ext = name.slice(name.lastIndexOf('.'));
    const logical = `${name.split('.')[0]}${ext}`;
    const asset: Asset = {
      url: `/assets/${name}`,
      body: new Uint8Array(file.contents),
      gzip: new Uint8Array(gzipSync(file.contents, { level: 9 })),
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(file.contents).digest('base64url').slice(0, 22)}"`,
    };
    byName.set(logical, asset);
    byUrl.set(asset.url, asset);
  }
  return {
    byUrl,
    url(name) {
      const asset = byName.get(name);
      if (!asset) throw new Error(`Unknown asset ${name}`);
      return asset.url;
    },
  };
}
