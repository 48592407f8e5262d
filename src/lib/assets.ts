import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './paths.js';

/**
 * Static assets are built by esbuild, named by content hash and served from memory with
 * year-long immutable caching. A changed file gets a new name, so a stale cache can never
 * serve an old stylesheet with a new page. `npm run build` writes them to dist/assets for
 * the bundled server (so start-up does not run esbuild); dev and tests build in memory.
 */
type Bytes = Uint8Array<ArrayBuffer>;
export type Asset = { url: string; body: Bytes; gzip: Bytes; type: string; etag: string };
export type Assets = { byUrl: Map<string, Asset>; url(name: string): string };

/** Entry points, by the logical name pages use. Client modules join this list as they land. */
const ENTRIES: Record<string, string> = {
  'styles.css': 'src/client/styles.css',
  'directory.js': 'src/client/directory.ts',
  'map.js': 'src/client/map.ts',
  'zone.js': 'src/client/zone.ts',
  'room.js': 'src/client/room.ts',
};

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const BUILT_DIR = join(projectRoot, 'dist/assets');

type Output = { name: string; contents: Uint8Array };

async function compile(): Promise<Output[]> {
  // Imported here so the bundled server, which loads prebuilt files, never starts esbuild.
  const { build } = await import('esbuild');
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
    publicPath: '/assets',
    assetNames: '[name].[hash]',
    loader: { '.png': 'file', '.svg': 'file' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.map((f) => ({ name: basename(f.path), contents: f.contents }));
}

function toAssets(outputs: Output[]): Assets {
  const byName = new Map<string, Asset>();
  const byUrl = new Map<string, Asset>();
  for (const file of outputs) {
    const ext = file.name.slice(file.name.lastIndexOf('.'));
    // map.HASH.js and the CSS esbuild splits out of it, map.HASH.css, become map.js and map.css.
    const logical = `${file.name.split('.')[0]}${ext}`;
    const asset: Asset = {
      url: `/assets/${file.name}`,
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

/** Build in memory (dev, tests). */
export async function buildAssets(): Promise<Assets> {
  return toAssets(await compile());
}

/** Write hashed files and a manifest to dist/assets (npm run build). */
export async function writeBuiltAssets(): Promise<void> {
  const outputs = await compile();
  mkdirSync(BUILT_DIR, { recursive: true });
  for (const o of outputs) writeFileSync(join(BUILT_DIR, o.name), o.contents);
  writeFileSync(join(BUILT_DIR, 'manifest.json'), JSON.stringify(outputs.map((o) => o.name)));
}

/** The bundled server's assets: prebuilt when present, else built now. */
export async function loadAssets(preferBuilt: boolean): Promise<Assets> {
  const manifest = join(BUILT_DIR, 'manifest.json');
  if (!preferBuilt || !existsSync(manifest)) return buildAssets();
  const names = JSON.parse(readFileSync(manifest, 'utf8')) as string[];
  return toAssets(names.map((name) => ({ name, contents: readFileSync(join(BUILT_DIR, name)) })));
}
