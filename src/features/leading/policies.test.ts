import { describe, expect, it } from 'vitest';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import {
  canAcceptCoLeadership,
  canEditIntakeQuestions,
  canStepDown,
} from '../membership/policies.js';

/** The policies the leaders' pages added, against every persona and kind of group. */
const base: Viewer = {
  id: 'self',
  name: 'Sam',
  email: 'sam@example.org',
  role: 'member',
  twoFactorEnabled: true,
  professional: 'none',
  locale: null,
  timezone: null,
  sessionId: 's1',
};
const pro: Viewer = { ...base, professional: 'verified' };
const proNo2fa: Viewer = { ...pro, twoFactorEnabled: false };
const admin: Viewer = { ...base, role: 'admin' };

const group = (over: Partial<GroupAccess>): GroupAccess => ({
  groupId: 'g',
  slug: 'g',
  name: 'G',
  kind: 'support',
  policy: 'drop_in',
  status: 'active',
  published: true,
  showMemberNames: false,
  capacity: null,
  leaderRole: null,
  membership: null,
  agreementVersion: 1,
  ...over,
});

describe('leaders’ policies', () => {
  it('lets only a co-leader step down', () => {
    expect(canStepDown(base, group({ leaderRole: 'co_leader' }))).toBe(true);
    expect(canStepDown(base, group({ leaderRole: 'owner' }))).toBe(false);
    expect(canStepDown(base, group({}))).toBe(false);
    expect(canStepDown(null, group({ leaderRole: 'co_leader' }))).toBe(false);
  });

  it('takes co-leaders who do not lead yet, into groups still running, professionals for therapy', () => {
    expect(canAcceptCoLeadership(base, group({}))).toBe(true);
    expect(canAcceptCoLeadership(null, group({}))).toBe(false);
    expect(canAcceptCoLeadership(base, group({ leaderRole: 'owner' }))).toBe(false);
    expect(canAcceptCoLeadership(base, group({ status: 'ended' }))).toBe(false);
    expect(canAcceptCoLeadership(base, group({ kind: 'therapy' }))).toBe(false);
    expect(canAcceptCoLeadership(admin, group({ kind: 'therapy' }))).toBe(false);
    expect(canAcceptCoLeadership(proNo2fa, group({ kind: 'therapy' }))).toBe(false);
    expect(canAcceptCoLeadership(pro, group({ kind: 'therapy' }))).toBe(true);
  });

  it('leaves intake questions to the therapists who will read the answers', () => {
    const therapy = { kind: 'therapy' as const, policy: 'application' as const };
    expect(canEditIntakeQuestions(pro, group({ ...therapy, leaderRole: 'owner' }))).toBe(true);
    expect(canEditIntakeQuestions(pro, group({ ...therapy, leaderRole: 'co_leader' }))).toBe(true);
    expect(canEditIntakeQuestions(pro, group(therapy))).toBe(false);
    expect(canEditIntakeQuestions(admin, group(therapy))).toBe(false);
    expect(canEditIntakeQuestions(proNo2fa, group({ ...therapy, leaderRole: 'owner' }))).toBe(
      false,
    );
    expect(
      canEditIntakeQuestions(base, group({ policy: 'application', leaderRole: 'owner' })),
    ).toBe(false);
  });
});
