import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isBundled } from '../lib/bundled.js';
import { projectRoot } from '../lib/paths.js';

let compiled: URL | undefined;

/**
 * Where the database thread's script is. The build writes it beside the server bundle; run from
 * source (tsx, Vitest), a worker thread cannot load TypeScript, so it is compiled once with
 * esbuild into node_modules/.cache, named by a hash of its source so an edit makes a new one.
 */
export function pgliteWorkerUrl(): URL {
  if (isBundled()) return new URL('./pglite-worker.js', import.meta.url);
  if (compiled) return compiled;
  const source = join(projectRoot, 'src/db/pglite-worker.ts');
  const hash = createHash('sha256')
    .update(readFileSync(source))
    .update(readFileSync(join(projectRoot, 'src/db/pglite-protocol.ts')))
    .digest('hex')
    .slice(0, 16);
  const dir = join(projectRoot, 'node_modules/.cache/gatherwell');
  const file = join(dir, `pglite-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Several test processes may compile at once: each writes its own file and renames it.
    const scratch = `${file}.${process.pid}.tmp`;
    // Loaded only here: the built server never needs esbuild for this.
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    esbuild.buildSync({
      entryPoints: [source],
      outfile: scratch,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    renameSync(scratch, file);
  }
  compiled = new URL(`file://${file}`);
  return compiled;
}
