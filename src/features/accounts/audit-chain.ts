import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

export type ChainReport = {
  ok: boolean;
  /** Links checked, and the chain's length and head as the audit_chain row records them. */
  checked: number;
  length: number;
  head: string;
  /** The first few breaks, each with the position where it was found. */
  problems: string[];
};

const PAGE = 5_000;
const MAX_PROBLEMS = 20;

/**
 * Walk the audit chain from its first link and recompute every hash in the database (the same
 * audit_digest that wrote it). An edited row breaks its own hash; a removed row leaves a gap in
 * the positions or a previous-hash that does not match; a removed tail no longer reaches the
 * recorded head. The head itself is worth keeping elsewhere (the command prints it): whoever
 * can rewrite the whole table and the head row could otherwise make a new, consistent chain.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const problems: string[] = [];
  const note = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const [chain] = await queryRows<{ length: string | number; head: string }>(
    db,
    sql`SELECT length, head FROM audit_chain WHERE id = 1`,
  );
  if (!chain) return { ok: false, checked: 0, length: 0, head: '', problems: ['no chain head'] };
  let expectedPos = 1;
  let prev = '';
  let checked = 0;
  for (;;) {
    const rows = await queryRows<{
      pos: string | number;
      prev_hash: string;
      hash: string;
      digest: string;
    }>(
      db,
      sql`SELECT chain_pos AS pos, prev_hash, hash,
                 audit_digest(prev_hash, chain_pos, at, actor_id, action, target_type, target_id,
                              ip, details) AS digest
          FROM audit_events WHERE chain_pos >= ${expectedPos}
          ORDER BY chain_pos LIMIT ${PAGE}`,
    );
    for (const row of rows) {
      const pos = Number(row.pos);
      if (pos !== expectedPos) note(`link ${expectedPos} to ${pos - 1} missing`);
      if (row.prev_hash !== prev) note(`link ${pos} does not follow the link before it`);
      if (row.digest !== row.hash) note(`link ${pos} was changed after it was written`);
      prev = row.hash;
      expectedPos = pos + 1;
      checked++;
    }
    if (rows.length < PAGE) break;
  }
  const length = Number(chain.length);
  if (expectedPos - 1 !== length)
    note(`the chain ends at ${expectedPos - 1}, its head says ${length}`);
  if (prev !== chain.head) note('the last link is not the recorded head');
  return { ok: problems.length === 0, checked, length, head: chain.head, problems };
}
