import { describe, expect, it } from 'vitest';
import { mayReadNotification } from './policies.js';

describe('notification.read', () => {
  const me = { id: 'me' };
  const cases: [string, Parameters<typeof mayReadNotification>[0], boolean, boolean, boolean][] = [
    // who, viewer, leaders-audience still leading?, expected (leaders), expected (self)
    ['a visitor', null, true, false, false],
    ['someone else', { id: 'other' }, true, false, false],
    ['the recipient, still leading', me, true, true, true],
    ['the recipient, no longer leading', me, false, false, true],
  ];
  for (const [who, viewer, stillLeads, leaders, self] of cases) {
    it(`${who}: ${leaders ? 'may' : 'may not'} read a leaders' notice`, () => {
      expect(
        mayReadNotification(viewer, {
          userId: 'me',
          audience: 'leaders',
          stillInAudience: stillLeads,
        }),
      ).toBe(leaders);
      expect(
        mayReadNotification(viewer, {
          userId: 'me',
          audience: 'self',
          stillInAudience: stillLeads,
        }),
      ).toBe(self);
    });
  }
});
