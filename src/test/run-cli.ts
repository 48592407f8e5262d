import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../lib/paths.js';

/**
 * A command-line entry point (src/cli/...) run as an administrator runs it, on a data directory
 * of the test's own: what it prints to stderr and how it exits is the interface scripts rely on.
 */
export function runCli(
  script: string,
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  // Never a real server's database, whatever the shell running the tests points at.
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, script), ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}
