import { describe, expect, it } from 'vitest';
import * as policies from './policies.js';
import type { Viewer } from './viewer.js';

const base: Viewer = {
  id: 'self',
  name: 'Sam',
  email: 'sam@example.org',
  role: 'member',
  twoFactorEnabled: false,
  professional: 'none',
  locale: null,
  timezone: null,
  sessionId: 's1',
};

const PERSONAS: Record<string, Viewer | null> = {
  visitor: null,
  member: base,
  member2fa: { ...base, twoFactorEnabled: true },
  proPending: { ...base, professional: 'pending', twoFactorEnabled: true },
  proNo2fa: { ...base, professional: 'verified' },
  pro: { ...base, professional: 'verified', twoFactorEnabled: true },
  proExpired: { ...base, professional: 'expired', twoFactorEnabled: true },
  adminNo2fa: { ...base, role: 'admin' },
  admin: { ...base, role: 'admin', twoFactorEnabled: true },
};

type Row = [string, (v: Viewer | null) => boolean, string[]];

/** Every policy against every persona: the personas listed are allowed, all others denied. */
const MATRIX: Row[] = [
  [
    'is signed in',
    policies.isSignedIn,
    ['member', 'member2fa', 'proPending', 'proNo2fa', 'pro', 'proExpired', 'adminNo2fa', 'admin'],
  ],
  [
    'manage own account',
    (v) => policies.canManageAccount(v, 'self'),
    ['member', 'member2fa', 'proPending', 'proNo2fa', 'pro', 'proExpired', 'adminNo2fa', 'admin'],
  ],
  ["manage someone else's account", (v) => policies.canManageAccount(v, 'other'), []],
  [
    'view own security events',
    (v) => policies.canViewAuditOf(v, 'self'),
    ['member', 'member2fa', 'proPending', 'proNo2fa', 'pro', 'proExpired', 'adminNo2fa', 'admin'],
  ],
  ["view someone else's security events", (v) => policies.canViewAuditOf(v, 'other'), ['admin']],
  [
    'submit a professional profile',
    policies.canSubmitProfessionalProfile,
    ['member', 'member2fa', 'proExpired', 'adminNo2fa', 'admin'],
  ],
  ['use the admin area', policies.canUseAdmin, ['admin']],
  ['see the link to the admin area', policies.canSeeAdminLink, ['adminNo2fa', 'admin']],
  ['review professionals', policies.canReviewProfessionals, ['admin']],
  [
    "decide someone else's professional profile",
    (v) => policies.canDecideProfessional(v, 'other'),
    ['admin'],
  ],
  ['decide own professional profile', (v) => policies.canDecideProfessional(v, 'self'), []],
  ['moderate another account', (v) => policies.canModerateAccount(v, 'other'), ['admin']],
  ['moderate own account', (v) => policies.canModerateAccount(v, 'self'), []],
  ['act as a professional', policies.canActAsProfessional, ['pro']],
];

describe('policy matrix', () => {
  for (const [action, policy, allowed] of MATRIX) {
    for (const [persona, viewer] of Object.entries(PERSONAS)) {
      const expected = allowed.includes(persona);
      it(`${persona} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(policy(viewer)).toBe(expected);
      });
    }
  }

  it('names what staff must do first', () => {
    expect(policies.staffBlocker(PERSONAS.adminNo2fa ?? null)).toBe('two_factor_required');
    expect(policies.staffBlocker(PERSONAS.proNo2fa ?? null)).toBe('two_factor_required');
    expect(policies.staffBlocker(PERSONAS.admin ?? null)).toBeNull();
    expect(policies.staffBlocker(PERSONAS.member ?? null)).toBeNull();
  });
});
