// The run from start to end: database, servers, warm-up, listeners connected, messages, figures.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, cleanups, syncCleanups } from './cleanup.js';
import { openBenchDatabase, reachable } from './database.js';
import { figures } from './figures.js';
import { Listener, lastEventAt } from './listener.js';
import {
  CONNECT_AT_ONCE,
  DEFAULT_POSTGRES,
  LISTENERS,
  log,
  now,
  OTHER,
  SETTLE_MS,
  sleep,
  values,
  WARM_STREAMS,
} from './options.js';
import { PROBE, rssKb, type Usage } from './probe.js';
import { type Person, type Room, seed } from './seed.js';
import { post, sendMessages } from './senders.js';
import { build, type Instance, startInstance, stopInstance } from './servers.js';

export async function main() {
  const loadBefore = loadavg();
  const envUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  const url = envUrl || DEFAULT_POSTGRES;
  let kind: 'postgres' | 'pglite';
  if (values.db === 'postgres' || values.db === 'pglite') kind = values.db;
  else if (values.db) throw new Error('--db takes postgres or pglite');
  else if (envUrl || (await reachable(url))) kind = 'postgres';
  else {
    log(`PostgreSQL at ${url} is unreachable: running on PGlite (--db postgres to insist)`);
    kind = 'pglite';
  }
  if (kind === 'postgres' && !(await reachable(url)))
    throw new Error(`PostgreSQL at ${url} is unreachable`);
  const instances = Number(values.instances ?? (kind === 'postgres' ? 2 : 1));
  if (!(instances === 1 || instances === 2)) throw new Error('--instances takes 1 or 2');
  if (kind === 'pglite' && instances > 1)
    throw new Error('PGlite has one owner: --instances 2 needs PostgreSQL');

  if (!values['no-build']) await build();

  const work = mkdtempSync(join(tmpdir(), 'gatherwell-bench-room-probe-'));
  syncCleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const probe = join(work, 'probe.cjs');
  writeFileSync(probe, PROBE);
  const secret = randomBytes(32).toString('base64');
  const intakeKey = randomBytes(32).toString('base64');
  const { handle, database } = await openBenchDatabase(kind, url);
  log(`${database.label}: seeding ${LISTENERS + OTHER} listeners and their senders`);
  let seeded: Awaited<ReturnType<typeof seed>>;
  try {
    seeded = await seed(handle, secret);
  } finally {
    // The server takes the data next (a PGlite directory has one owner).
    await handle.close();
  }
  const { rooms, people } = seeded;

  const servers: Instance[] = [];
  for (let i = 0; i < instances; i++) {
    servers.push(
      await startInstance(probe, String.fromCharCode(65 + i), database.env, secret, intakeKey),
    );
  }
  cleanups.push(async () => {
    for (const s of servers) await stopInstance(s);
  });
  log(`${servers.length} instance(s) ready: ${servers.map((s) => s.base).join(', ')}`);

  const senders: Record<Room, Person[]> = {
    A: people.filter((p) => p.sender && p.room === 'A'),
    B: people.filter((p) => p.sender && p.room === 'B'),
  };
  const messagePath = (room: Room) => `/groups/${rooms[room].slug}/room/messages`;

  // Warm-up: messages through every instance (and streams opened and closed, below), so the
  // baseline RSS is of a server that has already served this kind of work.
  log('warming up');
  for (let i = 0; i < 40; i++) {
    const room: Room = i % 4 === 3 ? 'B' : 'A';
    const s = servers[i % servers.length]!;
    const status = await post(
      s,
      messagePath(room),
      senders[room][i % senders[room].length]!.cookie,
      {
        message: `bench warm-up ${i} room ${room}`,
      },
    );
    if (status !== 204) throw new Error(`warm-up post answered ${status} (expected 204)`);
  }
  // And a round of streams on each instance, opened together and closed, as a running server
  // has served them: what the first burst of arrivals compiles and sizes once (optimised code,
  // the allocators' arenas) is then in the baseline, not counted per connection.
  const warm = servers.flatMap((s) =>
    people
      .filter((p) => !p.sender && p.room === 'A')
      .slice(0, WARM_STREAMS)
      .map((p) => new Listener(p, s, rooms.A.slug)),
  );
  await Promise.all(warm.map((l) => l.connect()));
  for (const l of warm) l.close();
  await sleep(2000);
  const rssBefore = servers.map((s) => rssKb(s.process.pid));
  // The same moment as V8 and the mappings see it, without a collection: what the RSS holds.
  const rawBefore = (await Promise.all(servers.map((s) => s.ask('heap')))) as unknown as Usage[];
  const memBefore = (await Promise.all(servers.map((s) => s.ask('memory')))) as unknown as Usage[];
  const profile = async (phase: string, step: 'start' | 'stop') => {
    if (!values.profile) return;
    mkdirSync(values.profile, { recursive: true });
    await Promise.all(
      servers.map((s) =>
        s.ask(
          step === 'start'
            ? 'profile-start'
            : `profile-stop ${join(values.profile as string, `${phase}-${s.name}.cpuprofile`)}`,
        ),
      ),
    );
  };
  await profile('connect', 'start');

  // Listeners: room A's and room B's, each room split evenly across the instances.
  const listeners: Listener[] = [];
  for (const room of ['A', 'B'] as const) {
    people
      .filter((p) => !p.sender && p.room === room)
      .forEach((p, i) => {
        listeners.push(new Listener(p, servers[i % servers.length]!, rooms[room].slug));
      });
  }
  log(`connecting ${listeners.length} listeners, ${CONNECT_AT_ONCE} at a time`);
  const connectStarted = now();
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONNECT_AT_ONCE, listeners.length) }, async () => {
      while (next < listeners.length) {
        const l = listeners[next++]!;
        try {
          await Promise.race([
            l.connect(),
            sleep(60_000).then(() => {
              throw new Error('no state event within 60 s');
            }),
          ]);
        } catch (error) {
          failed++;
          l.closedBy = (error as Error).message;
          l.close();
          if (failed <= 5) log(`listener ${l.person.id}: ${(error as Error).message}`);
        }
      }
    }),
  );
  const connectMs = now() - connectStarted;
  log(`${listeners.length - failed} listeners connected in ${(connectMs / 1000).toFixed(1)} s`);
  // The arrivals' presence changes still travel to everyone: wait until the streams are quiet.
  const settleStarted = now();
  while (now() - lastEventAt < 1500 && now() - settleStarted < SETTLE_MS) await sleep(100);
  const settleMs = now() - settleStarted;
  const settled = now() - lastEventAt >= 1500;
  log(
    settled
      ? `streams quiet after ${(settleMs / 1000).toFixed(1)} s more`
      : `streams still busy after ${(settleMs / 1000).toFixed(0)} s: sending anyway`,
  );
  const rssWith = servers.map((s) => rssKb(s.process.pid));
  const rawWith = (await Promise.all(servers.map((s) => s.ask('heap')))) as unknown as Usage[];
  await profile('connect', 'stop');
  if (values.profile) {
    await Promise.all(
      servers.map((s) =>
        s.ask(`heap-snapshot ${join(values.profile as string, `with-${s.name}.heapsnapshot`)}`),
      ),
    );
  }
  const memWith = (await Promise.all(servers.map((s) => s.ask('memory')))) as unknown as Usage[];
  const connections = servers.map((s) => listeners.filter((l) => l.instance === s).length);

  const sending = await sendMessages(servers, senders, messagePath, listeners, profile);

  const connected = { kind, servers, listeners, failed, connectMs, settleMs, settled, loadBefore };
  const memory = { rssBefore, rssWith, rawBefore, rawWith, memBefore, memWith, connections };
  const { result, targets, kbPerConn, kbPerConnRaw } = figures(connected, memory, sending);

  for (const l of listeners) l.close();
  await cleanUp();
  return { result, targets, kbPerConn, kbPerConnRaw, database };
}
