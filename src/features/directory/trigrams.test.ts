import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '../../db/client.js';
import { createTestDatabase } from '../../test/harness.js';
import { similarity, trigrams } from './trigrams.js';

let database: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('trigram similarity in memory', () => {
  it('agrees with pg_trgm on names and misspellings', async () => {
    const pairs: [string, string][] = [
      ['Tuesday Grief Circle', 'Tuesday Greif Circle'],
      ['Caregivers Coffee Morning', 'caregiver cofee'],
      ['CBT Skills for Anxiety', 'cbt anxeity'],
      ['Duelo y pérdida: círculo de los martes', 'circulo duelo'],
      ['Men’s Recovery Group (Thursdays)', 'mens recovery'],
      ['Grupo de apoyo para cuidadores', 'grupo apoyo cuidadoras'],
      ['AA Big Book Study', 'big bok'],
      ['x', 'y'],
      ['', 'anything'],
    ];
    for (const [name, q] of pairs) {
      const [row] = await queryRows<{ sim: number }>(
        database.db,
        sql`SELECT similarity(${name}, ${q}) AS sim`,
      );
      expect(similarity(trigrams(name), trigrams(q)), `${name} ~ ${q}`).toBeCloseTo(
        Number(row!.sim),
        5,
      );
    }
  });
});
