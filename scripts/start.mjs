// npm start: build when sources changed (scripts/build.mjs), then run the server in this same
// process, which saves starting Node twice on every restart. `npm start` is how a person tries
// Gatherwell on their own computer, so it asks for development mode (public development
// secrets, mail kept in an outbox) unless NODE_ENV says otherwise; the server says so loudly.
// Deployments run `node dist/server.js`, where an unset NODE_ENV means production.
process.env.NODE_ENV ??= 'development';
await import('./build.mjs');
await import('../dist/server.js');
