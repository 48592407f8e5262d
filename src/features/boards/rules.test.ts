import { describe, expect, it } from 'vitest';
import {
  hiddenByReports,
  LADDER,
  nextRung,
  parseBody,
  parseTitle,
  type ReportFacts,
  rungEndsAt,
  slowWait,
  withinEditWindow,
} from './rules.js';

// Issue 19: the hide threshold and the penalty ladder as tables (docs/community.md).

const r = (
  reason: ReportFacts['reason'],
  reporterId: string | null,
  byLeader = false,
): ReportFacts => ({
  reason,
  reporterId,
  byLeader,
});

describe('the hide threshold', () => {
  const cases: [string, ReportFacts[], boolean][] = [
    ['no reports', [], false],
    ['one member, harassment', [r('harassment', 'a')], false],
    ['two members, harassment', [r('harassment', 'a'), r('harassment', 'b')], true],
    ['two members, spam', [r('spam', 'a'), r('spam', 'b')], true],
    ['two members, different reasons', [r('harassment', 'a'), r('spam', 'b')], false],
    ['one member twice (never counted twice)', [r('harassment', 'a'), r('harassment', 'a')], false],
    ['one leader, off topic', [r('off_topic', 'l', true)], true],
    ['one leader, crisis', [r('crisis', 'l', true)], false],
    ['two members, crisis', [r('crisis', 'a'), r('crisis', 'b')], false],
    ['ten members, crisis', Array.from({ length: 10 }, (_, i) => r('crisis', `m${i}`)), false],
    ['crisis and one harassment', [r('crisis', 'a'), r('harassment', 'b')], false],
    [
      'crisis and two harassment',
      [r('crisis', 'a'), r('harassment', 'b'), r('harassment', 'c')],
      true,
    ],
    ['two reporters whose accounts are gone', [r('spam', null), r('spam', null)], false],
    ['three, two of them agreeing', [r('other', 'a'), r('spam', 'b'), r('other', 'c')], true],
  ];
  for (const [name, reports, hidden] of cases) {
    it(`${name}: ${hidden ? 'hidden' : 'shown'}`, () =>
      expect(hiddenByReports(reports)).toBe(hidden));
  }
});

describe('the penalty ladder', () => {
  const cases: [number, string, number | null][] = [
    [0, 'warning', null],
    [1, 'mute_24h', 24],
    [2, 'mute_72h', 72],
    [3, 'mute_7d', 168],
    [4, 'removal', null],
    [5, 'removal', null],
    [40, 'removal', null],
    [-1, 'warning', null],
  ];
  const from = new Date('2026-12-01T10:00:00Z');
  for (const [given, rung, hours] of cases) {
    it(`after ${given} penalties: ${rung}`, () => {
      const next = nextRung(given);
      expect(next).toBe(rung);
      const ends = rungEndsAt(next, from);
      expect(ends ? (ends.getTime() - from.getTime()) / 3_600_000 : null).toBe(hours);
    });
  }
  it('has the five rungs in order', () =>
    expect(LADDER).toEqual(['warning', 'mute_24h', 'mute_72h', 'mute_7d', 'removal']));
});

describe('slow mode and the edit window', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const ago = (min: number) => new Date(now.getTime() - min * 60_000);
  it.each([
    [0, ago(1), 0],
    [5, null, 0],
    [5, ago(1), 4],
    [5, ago(4.5), 1],
    [5, ago(5), 0],
    [60, ago(0), 60],
  ] as const)('slow %i min, last post %s: wait %i', (slow, last, wait) =>
    expect(slowWait(slow, last, now)).toBe(wait),
  );
  it.each([
    [0, true],
    [29, true],
    [30, true],
    [31, false],
  ])('%i minutes after writing, editable: %s', (min, ok) =>
    expect(withinEditWindow(ago(min), now)).toBe(ok),
  );
});

describe('what a post and a title may be', () => {
  it('trims, keeps inner line breaks, refuses empty and too long', () => {
    expect(parseBody('  hello\r\n\r\nthere  ')).toEqual({ ok: true, value: 'hello\n\nthere' });
    expect(parseBody(' \n ')).toEqual({ ok: false, error: 'empty' });
    expect(parseBody('x'.repeat(5_001))).toEqual({ ok: false, error: 'tooLong' });
    expect(parseTitle('  a \n title ')).toEqual({ ok: true, value: 'a title' });
    expect(parseTitle('')).toEqual({ ok: false, error: 'empty' });
    expect(parseTitle('t'.repeat(121))).toEqual({ ok: false, error: 'tooLong' });
  });
});
