import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error.js';

describe('loggableError', () => {
  it('keeps the SQL and the database’s code but never the parameters', () => {
    const cause = Object.assign(new Error('canceling statement due to statement timeout'), {
      code: '57014',
    });
    const error = new DrizzleQueryError(
      'SELECT * FROM groups WHERE postal_code = $1',
      ['19103'],
      cause,
    );
    const logged = JSON.stringify(loggableError(error));
    expect(logged).toContain('SELECT * FROM groups');
    expect(logged).toContain('57014');
    expect(logged).not.toContain('19103');
  });
});
