import { describe, expect, it } from 'vitest';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from './access.js';
import * as p from './policies.js';

/**
 * Every group policy against every kind of person in a support group and a therapy group: who
 * sees the roster, intake answers, private details, names; who may join, lead and moderate.
 */
const person: Viewer = {
  id: 'u',
  name: 'Sam',
  email: 'sam@example.org',
  role: 'member',
  twoFactorEnabled: true,
  professional: 'none',
  locale: null,
  timezone: null,
  sessionId: 's',
};
const therapist: Viewer = { ...person, professional: 'verified' };
const admin: Viewer = { ...person, role: 'admin' };

const group = (kind: 'support' | 'therapy', over: Partial<GroupAccess> = {}): GroupAccess => ({
  groupId: 'g',
  slug: 'g',
  name: 'G',
  kind,
  mode: 'online',
  policy: kind === 'therapy' ? 'application' : 'drop_in',
  status: 'active',
  published: true,
  showMemberNames: false,
  capacity: null,
  leaderRole: null,
  membership: null,
  agreementVersion: 1,
  orgRole: null,
  ...over,
});
const as = (status: NonNullable<GroupAccess['membership']>['status']) => ({
  membership: { id: 'm', status, agreementVersion: 1, offerExpiresAt: null },
});

type Persona = [Viewer | null, Partial<GroupAccess>];
const PERSONAS: Record<string, Persona> = {
  visitor: [null, {}],
  stranger: [person, {}],
  requested: [person, as('requested')],
  waitlisted: [person, as('waitlisted')],
  member: [person, as('member')],
  removed: [person, as('removed')],
  left: [person, as('left')],
  owner: [person, { leaderRole: 'owner' }],
  coLeader: [person, { leaderRole: 'co_leader' }],
  therapistOwner: [therapist, { leaderRole: 'owner' }],
  therapistStranger: [therapist, {}],
  admin: [admin, {}],
};

type Check = (v: Viewer | null, a: GroupAccess) => boolean;
type Row = [string, Check, { support: string[]; therapy: string[] }];

const leadersSupport = ['owner', 'coLeader', 'therapistOwner'];
const MATRIX: Row[] = [
  ['lead the group', p.canLeadGroup, { support: leadersSupport, therapy: ['therapistOwner'] }],
  [
    'manage leaders',
    p.canManageLeaders,
    { support: ['owner', 'therapistOwner'], therapy: ['therapistOwner'] },
  ],
  ['see the roster', p.canSeeRoster, { support: leadersSupport, therapy: ['therapistOwner'] }],
  [
    'write privately to the leaders',
    p.canWriteToLeaders,
    {
      support: ['requested', 'waitlisted', 'member', 'removed', 'left'],
      therapy: ['requested', 'waitlisted', 'member', 'removed', 'left'],
    },
  ],
  [
    'read and answer threads with the leaders',
    p.canAnswerThreads,
    { support: leadersSupport, therapy: ['therapistOwner'] },
  ],
  ['read intake answers', p.canReadIntake, { support: [], therapy: ['therapistOwner'] }],
  [
    'see private details',
    p.canSeePrivateDetails,
    { support: [...leadersSupport, 'member'], therapy: ['therapistOwner', 'member'] },
  ],
  [
    'see the member count',
    p.canSeeMemberCount,
    { support: [...leadersSupport, 'member'], therapy: ['therapistOwner', 'member'] },
  ],
  [
    'see member names (not opted in)',
    p.canSeeMemberNames,
    { support: leadersSupport, therapy: ['therapistOwner'] },
  ],
  [
    'see member names (opted in)',
    (v, a) => p.canSeeMemberNames(v, { ...a, showMemberNames: true }),
    { support: [...leadersSupport, 'member'], therapy: ['therapistOwner', 'member'] },
  ],
  [
    'ask to join',
    p.canAskToJoin,
    {
      support: ['stranger', 'left', 'therapistStranger', 'admin'],
      therapy: ['stranger', 'left', 'therapistStranger', 'admin'],
    },
  ],
  [
    'open the application form (therapy groups apply)',
    p.canApply,
    { support: [], therapy: ['stranger', 'left', 'therapistStranger', 'admin'] },
  ],
  ['RSVP', p.canRsvp, { support: ['member'], therapy: ['member'] }],
  ['run meetings', p.canRunMeetings, { support: leadersSupport, therapy: ['therapistOwner'] }],
  ['moderate', (v) => p.canModerateGroup(v), { support: ['admin'], therapy: ['admin'] }],
  ['step down as co-leader', p.canStepDown, { support: ['coLeader'], therapy: ['coLeader'] }],
  [
    'accept an invitation to co-lead',
    p.canAcceptCoLeadership,
    {
      support: [
        'stranger',
        'requested',
        'waitlisted',
        'member',
        'removed',
        'left',
        'therapistStranger',
        'admin',
      ],
      therapy: ['therapistStranger'],
    },
  ],
  ['edit intake questions', p.canEditIntakeQuestions, { support: [], therapy: ['therapistOwner'] }],
  [
    'view a draft',
    (v, a) => p.canViewGroup(v, { ...a, published: false }),
    { support: [...leadersSupport, 'admin'], therapy: ['therapistOwner', 'admin'] },
  ],
  [
    'send invitations from a published group',
    p.canSendInvitations,
    { support: ['owner', 'therapistOwner'], therapy: ['therapistOwner'] },
  ],
  [
    'send invitations from a draft (verified professionals only)',
    (v, a) => p.canSendInvitations(v, { ...a, published: false }),
    { support: ['therapistOwner'], therapy: ['therapistOwner'] },
  ],
];

describe('group policies', () => {
  for (const [name, check, allowed] of MATRIX) {
    for (const kind of ['support', 'therapy'] as const) {
      it(`${name} in a ${kind} group`, () => {
        const result = Object.entries(PERSONAS)
          .filter(([, [viewer, over]]) => check(viewer, group(kind, over)))
          .map(([persona]) => persona);
        expect(result.sort()).toEqual([...allowed[kind]].sort());
      });
    }
  }

  it('nobody may ask to join a closed, ended or unpublished group', () => {
    for (const over of [
      { status: 'temporarily_closed' as const },
      { status: 'ended' as const },
      { published: false },
    ]) {
      expect(p.canAskToJoin(person, group('support', over))).toBe(false);
    }
  });

  it('an ended group takes no co-leader; a professional without two-step sign-in edits no questions', () => {
    expect(p.canAcceptCoLeadership(person, group('support', { status: 'ended' }))).toBe(false);
    const unsafe = { ...therapist, twoFactorEnabled: false };
    expect(p.canEditIntakeQuestions(unsafe, group('therapy', { leaderRole: 'owner' }))).toBe(false);
  });

  it('creating groups: support for anyone signed in, therapy for verified professionals', () => {
    expect(p.canCreateSupportGroup(null)).toBe(false);
    expect(p.canCreateSupportGroup(person)).toBe(true);
    expect(p.canCreateTherapyGroup(person)).toBe(false);
    expect(p.canCreateTherapyGroup({ ...therapist, twoFactorEnabled: false })).toBe(false);
    expect(p.canCreateTherapyGroup(therapist)).toBe(true);
  });
});
