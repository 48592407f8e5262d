// The Drizzle schema, one file per feature. Features add their tables here as they land.

export * from './accounts.js';
export * from './boards.js';
export * from './directory.js';
export * from './jobs.js';
export * from './measures.js';
export * from './membership.js';
export * from './notes.js';
export * from './notifications.js';
export * from './organisations.js';
export * from './rooms.js';
export * from './safety.js';
export * from './therapists.js';
export * from './threads.js';
