// Bundles the server into dist/server.js. Dependencies stay in node_modules (PGlite loads its
// WASM files from there); only our TypeScript is compiled. Client assets are built in memory
// at start-up by src/lib/assets.ts, so there is one asset pipeline for dev, tests and prod.
import { build } from 'esbuild';

await build({
  entryPoints: { server: 'src/server.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
