import { describe, expect, it } from 'vitest';
import {
  type Answer,
  bandOf,
  GAD7,
  groupOutcome,
  INSTRUMENTS,
  PHQ9,
  parseAnswers,
  raisesSafetyAlert,
  recovered,
  reliablyImproved,
  score,
} from './instruments.js';

/**
 * The published rules as tables: PHQ-9 (Kroenke, Spitzer & Williams 2001) totals 0-27 banded at
 * 5, 10, 15, 20; GAD-7 (Spitzer et al. 2006) totals 0-21 banded at 5, 10, 15. Every total of
 * each range is checked, so a band edge off by one fails.
 */
const PHQ9_BANDS: [number, number, string][] = [
  [0, 4, 'minimal'],
  [5, 9, 'mild'],
  [10, 14, 'moderate'],
  [15, 19, 'moderately_severe'],
  [20, 27, 'severe'],
];
const GAD7_BANDS: [number, number, string][] = [
  [0, 4, 'minimal'],
  [5, 9, 'mild'],
  [10, 14, 'moderate'],
  [15, 21, 'severe'],
];

describe('severity bands', () => {
  for (const [from, to, band] of PHQ9_BANDS) {
    it(`PHQ-9 ${from}-${to} is ${band}`, () => {
      for (let n = from; n <= to; n++) expect(bandOf('phq9', n), `PHQ-9 ${n}`).toBe(band);
    });
  }
  for (const [from, to, band] of GAD7_BANDS) {
    it(`GAD-7 ${from}-${to} is ${band}`, () => {
      for (let n = from; n <= to; n++) expect(bandOf('gad7', n), `GAD-7 ${n}`).toBe(band);
    });
  }
  it.each([
    ['phq9', -1],
    ['phq9', 28],
    ['gad7', 22],
    ['gad7', 2.5],
  ] as const)('%s total %d is out of range', (code, n) => {
    expect(() => bandOf(code, n)).toThrow();
  });
});

describe('scoring', () => {
  const all = (n: number, v: Answer) => Array.from({ length: n }, () => v);
  it.each([
    ['phq9', all(9, 0), 0, 'minimal'],
    ['phq9', all(9, 3), 27, 'severe'],
    ['phq9', [1, 1, 1, 1, 1, 0, 0, 0, 0] as Answer[], 5, 'mild'],
    ['phq9', [2, 2, 2, 2, 1, 1, 0, 0, 0] as Answer[], 10, 'moderate'],
    ['phq9', [3, 3, 3, 2, 2, 1, 1, 0, 0] as Answer[], 15, 'moderately_severe'],
    ['phq9', [3, 3, 3, 3, 2, 2, 2, 1, 1] as Answer[], 20, 'severe'],
    ['gad7', all(7, 0), 0, 'minimal'],
    ['gad7', all(7, 3), 21, 'severe'],
    ['gad7', [1, 1, 1, 1, 0, 0, 0] as Answer[], 4, 'minimal'],
    ['gad7', [2, 1, 1, 1, 0, 0, 0] as Answer[], 5, 'mild'],
    ['gad7', [2, 2, 2, 2, 1, 1, 0] as Answer[], 10, 'moderate'],
    ['gad7', [3, 3, 3, 2, 2, 1, 1] as Answer[], 15, 'severe'],
  ] as const)('%s %j scores %d (%s)', (code, answers, total, band) => {
    expect(score(code, answers)).toBe(total);
    expect(bandOf(code, total)).toBe(band);
  });

  it('has the published number of items, four answers each, in both languages', () => {
    expect(PHQ9.wording.en.items).toHaveLength(9);
    expect(PHQ9.wording.es.items).toHaveLength(9);
    expect(GAD7.wording.en.items).toHaveLength(7);
    expect(GAD7.wording.es.items).toHaveLength(7);
    for (const inst of Object.values(INSTRUMENTS)) {
      expect(inst.max).toBe(inst.items * 3);
      expect(inst.wording.en.options).toEqual([
        'Not at all',
        'Several days',
        'More than half the days',
        'Nearly every day',
      ]);
      expect(inst.wording.es.options).toHaveLength(4);
    }
    expect(PHQ9.wording.en.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
  });

  it('accepts only a complete form of 0-3 answers', () => {
    expect(parseAnswers('gad7', ['0', '1', '2', '3', '0', '1', '2'])).toEqual([
      0, 1, 2, 3, 0, 1, 2,
    ]);
    expect(parseAnswers('gad7', ['0', '1', '2', '3', '0', '1'])).toBeNull();
    expect(parseAnswers('gad7', ['0', '1', '2', '4', '0', '1', '2'])).toBeNull();
    expect(parseAnswers('gad7', ['0', '1', '2', '', '0', '1', '2'])).toBeNull();
    expect(parseAnswers('gad7', ['0', '1', '2', '1.0', '0', '1', '2'])).toBeNull();
    expect(parseAnswers('phq9', Array(9).fill('3'))).toEqual(Array(9).fill(3));
    expect(() => score('phq9', [0, 1])).toThrow();
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], false],
    [[3, 3, 3, 3, 3, 3, 3, 3, 0], false],
    [[0, 0, 0, 0, 0, 0, 0, 0, 1], true],
    [[0, 0, 0, 0, 0, 0, 0, 0, 3], true],
  ] as [Answer[], boolean][])('PHQ-9 %j raises a safety alert: %s', (answers, alert) => {
    expect(raisesSafetyAlert('phq9', answers)).toBe(alert);
  });
  it('GAD-7 never raises one', () => {
    expect(raisesSafetyAlert('gad7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });
});

describe('reliable change and recovery', () => {
  it.each([
    // PHQ-9: a drop of 6 or more is reliable; recovery is from >= 10 to < 10.
    ['phq9', [16, 10], true, false],
    ['phq9', [16, 11], false, false],
    ['phq9', [15, 9], true, true],
    ['phq9', [10, 9], false, true],
    ['phq9', [9, 2], true, false],
    ['phq9', [20, 14, 12, 8], true, true],
    ['phq9', [8, 14, 20], false, false],
    ['phq9', [18], false, false],
    // GAD-7: a drop of 4 or more is reliable; recovery is from >= 8 to < 8.
    ['gad7', [12, 8], true, false],
    ['gad7', [12, 9], false, false],
    ['gad7', [8, 7], false, true],
    ['gad7', [11, 7], true, true],
    ['gad7', [7, 0], true, false],
  ] as const)('%s %j: reliably improved %s, recovered %s', (code, scores, improved, rec) => {
    expect(reliablyImproved(code, scores)).toBe(improved);
    expect(recovered(code, scores)).toBe(rec);
  });

  it('counts a group on a fixture', () => {
    // Six members' PHQ-9 scores in session order.
    const phq = [
      [18, 15, 11, 9], // improved by 9, recovered
      [12, 10, 7], // improved by 5 (not reliable), recovered
      [22, 16], // improved by 6, still at caseness
      [7, 3], // improved by 4, started below the cut-off
      [11, 14], // worse
      [19], // one score only: not counted
    ];
    expect(groupOutcome('phq9', phq)).toEqual({
      measured: 5,
      reliablyImproved: 2,
      atCaseness: 4,
      recovered: 2,
    });
    const gad = [
      [15, 11], // 4: reliable, still >= 8
      [9, 7], // 2, recovered
      [10, 3], // 7, recovered
      [5, 5],
    ];
    expect(groupOutcome('gad7', gad)).toEqual({
      measured: 4,
      reliablyImproved: 2,
      atCaseness: 3,
      recovered: 2,
    });
  });
});
