import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

// The command itself, as an administrator runs it: what it prints and how it exits is the
// interface scripts and cron jobs rely on.
const dir = mkdtempSync(join(tmpdir(), 'gw-import-cli-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runImport = (args: string[]) => runCli('src/cli/import-meeting-guide.ts', args, dataDir);

describe('npm run import:meeting-guide', () => {
  it('exits non-zero, saying why, on a feed with no time zone and no place to find one', async () => {
    const file = join(dir, 'zoneless.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          name: 'Elm Street Group',
          slug: '3004',
          day: 4,
          time: '19:00',
          address: '9 Elm St, Sprngfield, IL',
        },
      ]),
    );
    const { code, stderr } = await runImport([file, '--source', 'zoneless']);
    expect(code).toBe(1);
    expect(stderr).toContain('The feed was rejected and nothing was written');
    expect(stderr).toContain('the feed has no time zone');
    expect(stderr).toContain('record 0 (3004)');
    // Refused before the database was opened: no data directory, no lock taken.
    expect(readdirSync(dir)).not.toContain('data');
  });

  it('exits non-zero on a time zone that does not exist', async () => {
    const { code, stderr } = await runImport([
      'feed.json',
      '--source',
      'x',
      '--timezone',
      'Mars/Base',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('"Mars/Base" is not an IANA time zone');
  });
});
