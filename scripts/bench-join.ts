// npm run bench:join [-- --people 50 --seats 10 --rounds 7]
//
// The capacity race of issue 6, timed: N people ask to join one drop-in group with S seats at
// the same moment, through the real command (one transaction under a lock on the group row).
// Each round uses a fresh group, checks the outcome (exactly S members, the rest waitlisted in
// arrival order) and records the wall time from the first request to the last answer. Runs on
// an in-memory PGlite, or on PostgreSQL when DATABASE_URL is set (in a throwaway database).
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase, queryRows } from '../src/db/client.js';
import { groupAgreements, memberships, users } from '../src/db/schema/index.js';
import { saveGroup } from '../src/features/directory/commands.js';
import { group } from '../src/features/directory/test-group.js';
import { askToJoin } from '../src/features/membership/commands.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '50' },
    seats: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '7' },
  },
});
const people = Number(values.people);
const seats = Number(values.seats);
const rounds = Number(values.rounds);

async function main() {
  // A tool, not a deployment: development settings unless the environment says otherwise.
  const config = loadConfig({ NODE_ENV: 'development', ...process.env });
  let cleanup = async () => {};
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  if (config.databaseUrl) {
    const name = `gw_join_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(config.databaseUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ databaseUrl: url.toString(), poolMax: people });
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
    console.log(`PostgreSQL (pool of ${people} connections)`);
  } else {
    handle = await openDatabase({ dataDir: 'memory://' });
    console.log('PGlite (in memory)');
  }
  const { db } = handle;
  const times: number[] = [];
  try {
    await handle.migrate();
    for (let round = 1; round <= rounds; round++) {
      const slug = `race-${round}`;
      const { id: groupId } = await saveGroup(db, group({ slug, name: slug, capacity: seats }));
      await db.insert(groupAgreements).values({ groupId, version: 1, body: 'Agreement.' });
      const ids = Array.from({ length: people }, (_, i) => `r${round}-p${i}`);
      await db
        .insert(users)
        .values(ids.map((id) => ({ id, name: id, email: `${id}@example.org` })));
      const started = performance.now();
      const results = await Promise.all(
        ids.map((userId) =>
          askToJoin(db, {
            groupId,
            userId,
            agreementVersion: 1,
            intakeKey: config.membership.intakeKey,
          }),
        ),
      );
      times.push(performance.now() - started);
      const rows = await db
        .select({ status: memberships.status })
        .from(memberships)
        .where(eq(memberships.groupId, groupId))
        .orderBy(memberships.arrival);
      const members = results.filter((r) => r.status === 'member').length;
      const ordered = rows.every((r, i) => r.status === (i < seats ? 'member' : 'waitlisted'));
      const [taken] = await queryRows<{ n: number }>(
        db,
        sql`SELECT seats_taken AS n FROM groups WHERE id = ${groupId}`,
      );
      if (members !== seats || !ordered || Number(taken?.n) !== seats) {
        throw new Error(`round ${round}: ${members} members, order kept: ${ordered}`);
      }
    }
  } finally {
    await handle.close();
    await cleanup();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `${people} people for ${seats} seats, ${rounds} rounds: every round gave ${seats} members and ${people - seats} waiting in arrival order`,
  );
  console.log(
    `time per race: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (${(median / people).toFixed(1)} ms per join)`,
  );
}

await main();
