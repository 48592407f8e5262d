import { describe, expect, it } from 'vitest';
import { wantsMail } from './preferences.js';

describe('group mail preferences', () => {
  it('are on unless turned off', () => {
    expect(wantsMail({}, 'reminder1h')).toBe(true);
    expect(wantsMail({ reminder24h: false }, 'reminder1h')).toBe(true);
    expect(wantsMail({ reminder1h: false }, 'reminder1h')).toBe(false);
  });

  it('read the older "groupNews" box as the notices preference until it is saved again', () => {
    expect(wantsMail({ groupNews: false }, 'groupNotices')).toBe(false);
    expect(wantsMail({ groupNews: false, groupNotices: true }, 'groupNotices')).toBe(true);
    expect(wantsMail({ groupNews: false }, 'reminder24h')).toBe(true);
  });
});
