// Child process for the crash test: writes rows one committed transaction at a time and
// prints "ack N" only after the commit returns, until the parent kills it with SIGKILL.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/client.js';

const dir = process.argv[2];
const start = Number(process.argv[3] ?? '0');
if (!dir) throw new Error('usage: crash-writer DATA_DIR START');

const handle = await openDatabase({ dataDir: dir });
await handle.db.execute(
  sql`CREATE TABLE IF NOT EXISTS crash_probe (id integer PRIMARY KEY, payload text NOT NULL)`,
);
process.stdout.write('ready\n');
for (let id = start; ; id++) {
  // Payloads of varying size so writes cross page and WAL-segment boundaries.
  const payload = 'x'.repeat(100 + ((id * 7919) % 4000));
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO crash_probe (id, payload) VALUES (${id}, ${payload})`);
    await tx.execute(sql`UPDATE crash_probe SET payload = ${payload} WHERE id = ${id - 1}`);
  });
  process.stdout.write(`ack ${id}\n`);
}
