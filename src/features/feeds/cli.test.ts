import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../lib/paths.js';
import { type FeedServer, sampleFeed, startFeedServer } from './test-fixtures.js';

// The command as a person or a cron job runs it: its output and exit code are the interface.
const dir = mkdtempSync(join(tmpdir(), 'gw-feed-check-'));
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function feedCheck(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data') };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'src/cli/feed-check.ts'), ...args],
      { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const write = (name: string, feed: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(feed));
  return file;
};

// Each case starts a process (tsx, the gazetteer): slow on a busy machine.
describe('npm run feed:check', { timeout: 120_000 }, () => {
  it('exits 0 on a feed with warnings only, and prints them', async () => {
    // Numeric slugs: the schema wants text, every reader copes.
    const { code, stdout } = await feedCheck([write('ok.json', sampleFeed().slice(0, 4))]);
    expect(stdout).toContain('4 records, 4 of them usable; 0 errors');
    expect(stdout).toContain('should be text, but it is the number');
    expect(code).toBe(0);
  });

  it('exits 1 on a renamed column, naming it', async () => {
    const feed = sampleFeed()
      .slice(0, 4)
      .map(({ time, ...rest }) => ({ ...rest, start_time: time }));
    const { code, stdout } = await feedCheck([write('renamed.json', feed)]);
    expect(stdout).toContain('the column `time` seems to have been renamed `start_time`');
    expect(code).toBe(1);
  });

  it('reads a feed from a URL', async () => {
    server.publish('/cli.json', JSON.stringify(sampleFeed().slice(0, 2)));
    const { code, stdout } = await feedCheck([
      server.url('/cli.json'),
      '--timezone',
      'America/Toronto',
    ]);
    expect(stdout).toContain('2 records, 2 of them usable');
    expect(code).toBe(0);
  });

  it('exits 2 when there is nothing to read, and on a bad time zone', async () => {
    const missing = await feedCheck([join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const gone = await feedCheck([server.url('/status/404')]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('answered 404');
    const zone = await feedCheck(['x.json', '--timezone', 'Mars/Base']);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('"Mars/Base" is not an IANA time zone');
  });
});
