import { describe, expect, it } from 'vitest';
import { type Cadence, memberAsked, sessionMeasured } from './requests.js';

/**
 * The cadence as a table: which of a course's sessions are measured, walked the way the
 * scheduler walks them (each session sees whether the one before it was measured, and the
 * last knows it is the last).
 */
function walk(cadence: Cadence, sessions: number) {
  const measured: number[] = [];
  let previous: boolean | null = null;
  for (let i = 0; i < sessions; i++) {
    const m = sessionMeasured(cadence, previous, i === sessions - 1);
    if (m) measured.push(i + 1);
    previous = m;
  }
  return measured;
}

describe('which sessions are measured', () => {
  it.each([
    ['every', 6, [1, 2, 3, 4, 5, 6]],
    ['every_other', 6, [1, 3, 5]],
    ['every_other', 5, [1, 3, 5]],
    ['start_end', 6, [1, 6]],
    ['start_end', 1, [1]],
    ['off', 6, []],
  ] as const)('%s over %d sessions: %j', (cadence, n, expected) => {
    expect(walk(cadence, n)).toEqual(expected);
  });

  it.each([
    [true, true, true],
    [true, false, true],
    [false, false, true],
    [false, true, false],
  ])('measured %s, asked before %s: asked %s', (measured, before, asked) => {
    expect(memberAsked(measured, before)).toBe(asked);
  });
});
