import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../lib/paths.js';
import { openDatabase, queryRows } from './client.js';

/**
 * PGlite durability: kill -9 a writer in the middle of its writes, reopen the directory, and
 * check that every write it had acknowledged is there. Three rounds on one directory, so each
 * reopen also recovers from the previous crash and takes over the dead process's lock.
 */
const dir = mkdtempSync(join(tmpdir(), 'gw-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeUntilKilled(start: number, acksBeforeKill: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'src/test/crash-writer.ts'), dir, String(start)],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
      if (acked.length >= acksBeforeKill) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('PGlite crash safety', () => {
  it('keeps every acknowledged write after kill -9, three times over', async () => {
    let next = 1;
    let expected = 0;
    for (const acks of [150, 400, 250]) {
      const acked = await writeUntilKilled(next, acks);
      expect(acked.length).toBeGreaterThanOrEqual(acks);
      expected += acked.length;
      next = acked.at(-1)! + 1;

      const handle = await openDatabase({ dataDir: dir });
      try {
        const [row] = await queryRows<{ n: number; max: number }>(
          handle.db,
          sql`SELECT count(*)::int AS n, max(id)::int AS max FROM crash_probe`,
        );
        // Every acknowledged id is present; at most the one in flight at the kill is extra.
        expect(row!.n).toBeGreaterThanOrEqual(expected);
        expect(row!.max).toBeGreaterThanOrEqual(next - 1);
        const missing = await queryRows<{ id: number }>(
          handle.db,
          sql`SELECT g AS id FROM generate_series(1, ${next - 1}) g
              WHERE NOT EXISTS (SELECT 1 FROM crash_probe WHERE id = g)`,
        );
        expect(missing).toEqual([]);
        // Rows written past the last ack (in flight when killed) are kept too; skip over them.
        next = row!.max + 1;
        expected = row!.n;
      } finally {
        await handle.close();
      }
    }
  }, 120_000);
});
