// npm start: build when sources changed (scripts/build.mjs), then run the server in this same
// process, which saves starting Node twice on every restart.
await import('./build.mjs');
await import('../dist/server.js');
