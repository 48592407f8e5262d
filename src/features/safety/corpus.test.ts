import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { figures, readLabelled, TARGETS } from './corpus/read.js';

// The labelled set (corpus/labelled.tsv) held to the targets, as npm run bench:safety
// holds it: a rule change that loses recall or precision fails here before it merges.
describe('the labelled set', () => {
  const rows = readLabelled();
  const scored = rows.map((r) => ({ ...r, predicted: assess(r.text).level }));

  for (const locale of ['all', 'en', 'es'] as const) {
    it(`meets the targets (${locale})`, () => {
      const f = figures(locale === 'all' ? scored : scored.filter((r) => r.locale === locale));
      const wrong = scored
        .filter((r) => (locale === 'all' || r.locale === locale) && r.level !== r.predicted)
        .map((r) => `line ${r.line}: ${r.level} -> ${r.predicted}: ${r.text}`);
      expect(f.urgentRecall, wrong.join('\n')).toBeGreaterThanOrEqual(TARGETS.urgentRecall);
      expect(f.flaggedRecall, wrong.join('\n')).toBeGreaterThanOrEqual(TARGETS.flaggedRecall);
      expect(f.flaggedPrecision, wrong.join('\n')).toBeGreaterThanOrEqual(TARGETS.flaggedPrecision);
    });
  }

  it('has both languages and all three levels', () => {
    for (const locale of ['en', 'es']) {
      for (const level of ['urgent', 'concern', 'none']) {
        expect(rows.filter((r) => r.locale === locale && r.level === level).length).toBeGreaterThan(
          30,
        );
      }
    }
  });
});

/**
 * Sets written blind by other people (held out until a version of the rules was measured on
 * them, then read for what was missed) and the probes written while building the rules. Kept as
 * regression sets: each must stay above the recall targets less a small margin (they
 * were not all brought to the targets) and the precision target.
 */
describe('the regression sets', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
  for (const file of readdirSync(dir).filter((f) => f.startsWith('regression-'))) {
    it(`${file} stays above its floor`, () => {
      const scored = readLabelled(join(dir, file)).map((r) => ({
        ...r,
        predicted: assess(r.text).level,
      }));
      const f = figures(scored);
      const wrong = scored
        .filter((r) => r.level !== r.predicted)
        .map((r) => `line ${r.line}: ${r.level} -> ${r.predicted}: ${r.text}`)
        .join('\n');
      expect(f.urgentRecall, wrong).toBeGreaterThanOrEqual(TARGETS.urgentRecall - 0.02);
      expect(f.flaggedRecall, wrong).toBeGreaterThanOrEqual(TARGETS.flaggedRecall);
      expect(f.flaggedPrecision, wrong).toBeGreaterThanOrEqual(TARGETS.flaggedPrecision);
    });
  }
});
