import { readFileSync } from 'node:fs';
import type { Level } from '../assess.js';

/**
 * A labelled set of messages: `LEVEL<TAB>LOCALE<TAB>TEXT` a line, `#` comments and blank lines
 * skipped; and the figures the bench (scripts/bench-safety.ts) and the corpus test hold it to.
 */

export type Labelled = { line: number; level: Level; locale: 'en' | 'es'; text: string };

export const LABELLED_PATH = new URL('./labelled.tsv', import.meta.url).pathname;

const LEVELS: Level[] = ['urgent', 'concern', 'none'];

export function readLabelled(path: string = LABELLED_PATH): Labelled[] {
  const out: Labelled[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim() || line.startsWith('#')) return;
      const [level, locale, ...rest] = line.split('\t');
      const text = rest.join('\t');
      if (
        !level ||
        !LEVELS.includes(level as Level) ||
        (locale !== 'en' && locale !== 'es') ||
        !text
      ) {
        throw new Error(`${path}:${i + 1}: expected LEVEL<TAB>LOCALE<TAB>TEXT, got "${line}"`);
      }
      out.push({ line: i + 1, level: level as Level, locale, text });
    });
  return out;
}

/** The targets (issue 17). */
export const TARGETS = { urgentRecall: 0.98, flaggedRecall: 0.95, flaggedPrecision: 0.8 };

export type Scored = Labelled & { predicted: Level };

export type Figures = {
  urgentRecall: number;
  flaggedRecall: number;
  flaggedPrecision: number;
  /** matrix[labelled][predicted], in the order urgent, concern, none. */
  matrix: number[][];
};

/** Recall, precision and the confusion matrix of scored lines. */
export function figures(rows: Scored[]): Figures {
  const matrix = LEVELS.map(() => LEVELS.map(() => 0));
  for (const r of rows) matrix[LEVELS.indexOf(r.level)]![LEVELS.indexOf(r.predicted)]!++;
  const flagged = (l: Level) => l !== 'none';
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const urgent = rows.filter((r) => r.level === 'urgent');
  const labelledFlagged = rows.filter((r) => flagged(r.level));
  const predictedFlagged = rows.filter((r) => flagged(r.predicted));
  return {
    urgentRecall: ratio(urgent.filter((r) => r.predicted === 'urgent').length, urgent.length),
    flaggedRecall: ratio(
      labelledFlagged.filter((r) => flagged(r.predicted)).length,
      labelledFlagged.length,
    ),
    flaggedPrecision: ratio(
      predictedFlagged.filter((r) => flagged(r.level)).length,
      predictedFlagged.length,
    ),
    matrix,
  };
}

export function meetsTargets(f: Figures): boolean {
  return (
    f.urgentRecall >= TARGETS.urgentRecall &&
    f.flaggedRecall >= TARGETS.flaggedRecall &&
    f.flaggedPrecision >= TARGETS.flaggedPrecision
  );
}
