import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsDir, projectRoot } from '../lib/paths.js';

/**
 * A new embedded database starts by running initdb inside PGlite, then every migration: 5.4 s
 * and 0.6 s of a 7 s first start (issue 16). Both give the same result for every new directory
 * of one PGlite version and one set of migrations, so the build keeps that result as a tarball
 * (uncompressed: loading it is a copy) and a new data directory is filled from it (ADR 28).
 * Migrations still run at start as usual and find nothing to do, or only what is newer. Without
 * the tarball (a server not built by scripts/build.mjs) initdb runs as before.
 */
function pgliteVersion(): string {
  const manifest = join(projectRoot, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Named by PGlite's version and the migrations' contents: either changing makes a new one.
 * Worked out once per process (it reads every migration).
 */
let templatePath: string | undefined;
export function initdbTemplatePath(): string {
  templatePath ??= computeTemplatePath();
  return templatePath;
}

function computeTemplatePath(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir, { recursive: true }).map(String).sort()) {
    const path = join(migrationsDir, file);
    if (/\.(sql|json)$/.test(file)) hash.update(file).update(readFileSync(path));
  }
  const name = `pglite-${pgliteVersion()}-${hash.digest('hex').slice(0, 12)}.tar`;
  return join(projectRoot, 'node_modules/.cache/gatherwell', name);
}

/** The tarball for a directory that has no cluster yet, when the build made one. */
export function templateFor(dataDir: string): string | undefined {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return undefined;
  const template = initdbTemplatePath();
  return existsSync(template) ? template : undefined;
}

/** Run initdb and the migrations once, in memory, and keep the result (scripts/build.mjs). */
export async function ensureInitdbTemplate(): Promise<string> {
  const path = initdbTemplatePath();
  if (existsSync(path)) return path;
  const db = await PGlite.create({ extensions: { cube, earthdistance, pg_trgm } });
  await migrate(drizzle(db), { migrationsFolder: migrationsDir });
  const tar = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
  await db.close();
  mkdirSync(join(path, '..'), { recursive: true });
  // Written beside and renamed, so a build stopped half-way never leaves half a tarball.
  writeFileSync(`${path}.partial`, tar);
  renameSync(`${path}.partial`, path);
  return path;
}
