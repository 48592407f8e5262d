import type { MiddlewareHandler } from 'hono';

/**
 * Guards are route middleware marked with the policy they check, so a test can walk the app's
 * route table and find any non-public route that has none (src/guards.test.ts).
 */
const GUARD = Symbol.for('gatherwell.guard');

export type Marked<H> = H & { [GUARD]: string };

export function markGuard<H extends MiddlewareHandler>(policy: string, handler: H): Marked<H> {
  return Object.assign(handler, { [GUARD]: policy });
}

/** The policy a route handler checks, when it is a guard. */
export function guardPolicy(handler: unknown): string | undefined {
  return typeof handler === 'function' ? (handler as { [GUARD]?: string })[GUARD] : undefined;
}
