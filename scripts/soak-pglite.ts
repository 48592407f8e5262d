// npm run soak:pglite -- [--minutes 10] [--actors 6] [--limit-ms 10000] [--keep]
//
// Drives the app's real statements against the embedded database for a while, with the
// database thread's watchdog on (ADR 17), and counts the times the database got stuck. Runs the
// whole app in this process on a PGlite directory of its own, with the demo directory, the job
// worker and the minute refresher running as in the server, while several actors at once sign
// up, sign in, search, open groups, join and leave, RSVP, read their activity, import a Meeting
// Guide feed, queue and send reminders, and try to rewrite the audit log (refused by a trigger:
// the kind of error path PGlite handles worst). The last line is `wedges: K`; the exit code is
// non-zero when K > 0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { jobHandlers } from '../src/app/jobs.js';
import { loadConfig } from '../src/config.js';
import { queryRows } from '../src/db/client.js';
import { auditEvents, groupAgreements, groups } from '../src/db/schema/index.js';
import { scheduleReminders } from '../src/features/attending/reminders.js';
import { refreshOccurrences } from '../src/features/directory/commands.js';
import { drain, startWorker } from '../src/features/jobs/queue.js';
import { importMeetingGuide, parseFeedText } from '../src/features/meeting-guide/run-import.js';
import { projectRoot } from '../src/lib/paths.js';
import { prepareApp } from '../src/runtime.js';
import { signedInUser } from '../src/test/accounts.js';
import { Client } from '../src/test/browserless.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    actors: { type: 'string', default: '6' },
    'limit-ms': { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
const actors = Number(values.actors);

const dir = mkdtempSync(join(tmpdir(), 'gatherwell-soak-'));
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'error',
  DATA_DIR: dir,
  DATABASE_STATEMENT_LIMIT_MS: values['limit-ms'],
  SEARCH_INDEX_POLL_MS: '1000',
  // Requests carry X-Forwarded-For, as behind a proxy, so limits count each person's address.
  TRUST_PROXY: 'true',
});
const started = performance.now();
const { app, deps } = await prepareApp(config);
const harness = { app, db: deps.database.db, deps };
const { db } = deps.database;
console.log(`soak: PGlite in ${dir}, ready in ${Math.round(performance.now() - started)} ms`);

const worker = startWorker(db, jobHandlers(deps), { onError: () => {} });
const refresher = setInterval(() => {
  refreshOccurrences(db)
    .then(() => scheduleReminders(db))
    .catch(() => {});
}, 5_000);

const dropIn = await db
  .select({ slug: groups.slug, version: groupAgreements.version })
  .from(groups)
  .leftJoin(groupAgreements, eq(groupAgreements.groupId, groups.id))
  .where(
    and(eq(groups.policy, 'drop_in'), eq(groups.status, 'active'), eq(groups.published, true)),
  );
const slugs = dropIn.map((g) => g.slug);
const feed = parseFeedText(
  readFileSync(join(projectRoot, 'tests/fixtures/meeting-guide/sample-feed.json'), 'utf8'),
);
const words = ['grief', 'anxiety', 'caregivers', 'recovery', 'depression', 'loss', 'parents'];
const places = ['19103', 'Chicago', '60614', 'Toronto', 'Austin', 'London'];
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
// Each new person comes from an address of their own, as people do (sign-in is limited per address).
let people = 0;
const newAddress = () => {
  people++;
  return `10.${(people >> 16) & 255}.${(people >> 8) & 255}.${people & 255}`;
};

type Tally = { count: number; failed: number; ms: number[]; firstError?: string };
const tallies = new Map<string, Tally>();
let serverErrors = 0;

/** One action, timed; a 5xx answer or a thrown error counts as failed. */
async function act(name: string, action: () => Promise<Response | unknown>) {
  const tally = tallies.get(name) ?? { count: 0, failed: 0, ms: [] };
  tallies.set(name, tally);
  const t0 = performance.now();
  try {
    const result = await action();
    if (result instanceof Response) {
      await result.arrayBuffer();
      if (result.status >= 500) {
        tally.failed++;
        serverErrors++;
      }
    }
  } catch (error) {
    tally.failed++;
    tally.firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  tally.count++;
  tally.ms.push(performance.now() - t0);
}

async function actor(id: number, until: number) {
  let person = await signedInUser(harness, { ip: newAddress() });
  const visitor = new Client(app, `203.0.113.${10 + id}`);
  while (Date.now() < until) {
    const slug = pick(slugs);
    const agreement = dropIn.find((g) => g.slug === slug)?.version ?? 1;
    switch (Math.floor(Math.random() * 10)) {
      case 0:
        await act('sign up and sign in', async () => {
          person = await signedInUser(harness, { ip: newAddress() });
        });
        break;
      case 1:
        await act('search', () =>
          visitor.get(`/api/v1/groups?q=${pick(words)}&near=${encodeURIComponent(pick(places))}`),
        );
        await act('results page', () => visitor.get(`/groups?topic=${pick(words)}`));
        break;
      case 2:
        await act('group page', () => person.client.get(`/groups/${slug}`));
        break;
      case 3:
        await act('join', () =>
          person.client.post(`/groups/${slug}/join`, { agreement: String(agreement) }),
        );
        await act('my page', () => person.client.get('/my'));
        await act('leave', () => person.client.post(`/groups/${slug}/leave`, {}));
        break;
      case 4: {
        await act('join', () =>
          person.client.post(`/groups/${slug}/join`, { agreement: String(agreement) }),
        );
        const [next] = await queryRows<{ starts_at: string }>(
          db,
          sql`SELECT o.starts_at FROM group_occurrences o JOIN groups g ON g.id = o.group_id
              WHERE g.slug = ${slug} AND o.starts_at > now() ORDER BY o.starts_at LIMIT 1`,
        );
        if (next) {
          const instant = new Date(next.starts_at).toISOString();
          await act('rsvp', () =>
            person.client.post(`/groups/${slug}/meetings/${instant}/rsvp`, { answer: 'going' }),
          );
        }
        break;
      }
      case 5:
        await act('account activity', () => person.client.get('/account/activity'));
        break;
      case 6:
        await act('import feed', () =>
          importMeetingGuide(db, feed, {
            source: `soak-${id % 2}`,
            timezone: 'America/Chicago',
          }),
        );
        break;
      case 7:
        await act('reminders', async () => {
          await scheduleReminders(db);
          await drain(db, jobHandlers(deps), { batch: 20 });
        });
        break;
      case 8:
        // Refused by the append-only trigger: an error raised inside a trigger function.
        await act('audit rewrite refused', async () => {
          const refused = await db
            .update(auditEvents)
            .set({ action: 'tampered' })
            .where(eq(auditEvents.targetId, person.id))
            .then(
              () => false,
              () => true,
            );
          if (!refused) throw new Error('the audit log accepted an UPDATE');
        });
        break;
      default:
        await act('calendar', () => visitor.get(`/groups/${slug}.ics`));
    }
  }
}

const until = Date.now() + minutes * 60_000;
const progress = setInterval(() => {
  const done = [...tallies.values()].reduce((n, t) => n + t.count, 0);
  const health = deps.database.health();
  console.log(
    `soak: ${Math.round((until - Date.now()) / 1000)} s left, ${done} actions, ` +
      `${serverErrors} server errors, database ${health.state}, wedges ${health.wedges}`,
  );
}, 30_000);
await Promise.all(Array.from({ length: actors }, (_, i) => actor(i, until)));
clearInterval(progress);
clearInterval(refresher);
await worker.stop();

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0;
console.log('\naction                   count  failed  median ms');
for (const [name, t] of [...tallies].sort()) {
  console.log(
    `${name.padEnd(24)} ${String(t.count).padStart(6)} ${String(t.failed).padStart(7)} ${median(t.ms).toFixed(1).padStart(10)}`,
  );
}
for (const [name, t] of tallies) {
  if (t.firstError) console.log(`first failure of ${name}: ${t.firstError.slice(0, 200)}`);
}
const health = deps.database.health();
const statements = deps.database.recentStatements().at(-1)?.seq ?? 0;
await deps.searchIndex.close();
await deps.database.close();
if (!values.keep) rmSync(dir, { recursive: true, force: true });
console.log(`\nstatements: ${statements}`);
console.log(`database thread crashes: ${health.crashes}, reopens: ${health.reopens}`);
console.log(`server errors: ${serverErrors}`);
console.log(`wedges: ${health.wedges}`);
process.exit(health.wedges > 0 || health.crashes > 0 ? 1 : 0);
