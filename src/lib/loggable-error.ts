/**
 * What of an error may be logged. Query errors carry their parameters (a searched postal code,
 * a report's text) in the message and on the object: log the SQL and the database's own code
 * and message, never the values.
 */
export function loggableError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const query = (error as { query?: unknown }).query;
  if (typeof query === 'string') {
    return {
      name: error.name,
      query,
      code: cause?.code,
      cause: cause?.message,
      // The message (which lists the parameters) heads the stack: keep only the frames.
      stack: error.stack
        ?.split('\n')
        .filter((line) => line.trimStart().startsWith('at '))
        .join('\n'),
    };
  }
  return { name: error.name, message: error.message, stack: error.stack };
}
