import type { SerializedError } from './pglite-protocol.js';

/** What cannot cross to the database thread as it is: parsers (functions) and errors. */

/**
 * Which result types come back as text. Only parsers that return their input can cross threads
 * (a function cannot be sent); drizzle's are all of that kind, and anything else is refused
 * loudly rather than parsed differently.
 */
const checked = new WeakMap<object, number[]>();
export function rawTypes(parsers: Record<number, unknown> | undefined): number[] {
  if (!parsers) return [];
  const known = checked.get(parsers);
  if (known) return known;
  const probe = '\u0000probe';
  const oids = Object.entries(parsers).map(([oid, parser]) => {
    if (typeof parser !== 'function' || parser(probe, Number(oid)) !== probe) {
      throw new Error(`A custom parser for type ${oid} cannot be used with the database thread`);
    }
    return Number(oid);
  });
  checked.set(parsers, oids);
  return oids;
}

/** The database thread's error as an Error again, with PostgreSQL's fields (code, detail...). */
export function toError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  error.name = serialized.name;
  Object.assign(error, serialized.fields);
  return error;
}
