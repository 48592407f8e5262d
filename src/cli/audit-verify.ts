// npm run audit:verify: check the audit log's hash chain from its first link to its head.
// Exits 1 when any link was changed, removed or added out of turn. Keep the printed head: a
// later run whose chain no longer passes through it shows history was rewritten.
import { verifyAuditChain } from '../features/accounts/audit-chain.js';
import { withDatabase } from './with-database.js';

await withDatabase(async (database) => {
  const report = await verifyAuditChain(database.db);
  process.stdout.write(
    `audit chain: ${report.checked} links checked, length ${report.length}, head ${report.head}\n`,
  );
  for (const problem of report.problems) process.stdout.write(`  BROKEN: ${problem}\n`);
  process.stdout.write(report.ok ? 'audit chain: intact\n' : 'audit chain: BROKEN\n');
  if (!report.ok) process.exitCode = 1;
});
