import { DateTime } from 'luxon';
import type { GroupInput } from './model.js';

/** Today in New York, where the test listings meet. */
export const today = DateTime.now().setZone('America/New_York').toISODate()!;

/** A valid weekly grief circle in Philadelphia, for directory tests to vary. */
export function group(
  overrides: Partial<GroupInput> & Pick<GroupInput, 'slug' | 'name'>,
): GroupInput {
  return {
    kind: 'support',
    summary: 'A weekly circle for people who have lost someone close.',
    description: 'We share **stories** and tea.',
    topics: ['grief'],
    audiences: [],
    languages: ['en'],
    mode: 'in_person',
    status: 'active',
    leaders: [{ displayName: 'Marisol T.', role: 'peer' }],
    policy: 'drop_in',
    cost: { kind: 'free' },
    accessibility: ['step_free'],
    location: {
      venue: 'Center City Library',
      address: '1901 Vine St',
      city: 'Philadelphia',
      region: 'PA',
      postalCode: '19103',
      country: 'US',
      latitude: 39.9597,
      longitude: -75.1712,
    },
    schedules: [
      {
        kind: 'weekly',
        days: [2],
        interval: 1,
        startDate: today,
        startTime: '18:30',
        durationMinutes: 90,
        timezone: 'America/New_York',
      },
    ],
    ...overrides,
  };
}
