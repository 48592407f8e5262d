import { sql } from 'drizzle-orm';
import { grow } from './scripts/bench-search.ts';
import { openDatabase, queryRows } from './src/db/client.ts';
import { parseFilter } from './src/features/directory/filters.ts';
import { searchGroups } from './src/features/directory/queries.ts';
import { seedDemoDirectory } from './src/features/directory/seed.ts';
import { createOfflineGeocoder } from './src/features/geo/index.ts';

const h = await openDatabase({ dataDir: 'memory://' });
await h.migrate();
await seedDemoDirectory(h.db);
await grow(h.db, Number(process.argv[2] ?? 20000));
const geo = createOfflineGeocoder();
const Q = [
  'near=19103&topic=grief&topic=caregivers',
  'q=anxiety%20skills',
  'mode=online&time=evening&tz=America/Los_Angeles',
  'kind=therapy&technique=cbt&seats=1',
  'sort=next',
  'near=Chicago&radius=50&q=support&sort=distance',
  'day=2&day=4&time=evening&topic=anxiety&tz=America/New_York',
  'lang=es&cost=free',
  'soon=1',
];
const orig = h.db.execute.bind(h.db);
let log: string[] = [];
(h.db as any).execute = async (q: any) => {
  const t = performance.now();
  const r = await orig(q);
  log.push((performance.now() - t).toFixed(1));
  return r;
};
for (const q of Q) {
  const f = parseFilter(new URLSearchParams(q), { tz: 'America/New_York', unit: 'mi' });
  if (!f.ok) throw new Error(q);
  let point;
  if (f.filter.near) {
    const r = await geo.geocode(f.filter.near);
    if (r.status === 'found') point = r.place;
  }
  await searchGroups(h.db, f.filter, point);
  log = [];
  const t = performance.now();
  await searchGroups(h.db, f.filter, point);
  console.log(q.padEnd(60), (performance.now() - t).toFixed(1), 'ms  [', log.join(', '), ']');
}
await h.close();
