// npm run dev: the server from source, restarted on change (tsx watch), in development mode,
// asked for here explicitly (see scripts/start.mjs).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const child = spawn(process.execPath, [tsx, 'watch', 'src/server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' },
});
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
