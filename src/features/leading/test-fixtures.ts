import { DateTime } from 'luxon';
import { signedInUser } from '../../test/accounts.js';
import type { createTestApp } from '../../test/harness.js';

/** What the leaders' tests share: a valid group form and a leader who took the pledge. */
type Harness = Awaited<ReturnType<typeof createTestApp>>;

export const zone = 'America/New_York';
/** A date a little ahead, on a Tuesday, in New York. */
export const nextTuesday = DateTime.now()
  .setZone(zone)
  .plus({ days: 3 })
  .set({ weekday: 2 })
  .plus({ weeks: 1 })
  .toISODate()!;

export const supportForm = (overrides: Record<string, string | string[]> = {}) => ({
  kind: 'support',
  intent: 'save',
  name: 'Tuesday Grief Circle',
  summary: 'A fortnightly circle for people who lost someone close.',
  description: 'We share **stories** and tea.',
  topics: ['grief'],
  languages: ['en'],
  mode: 'in_person',
  venue: 'Friends Meeting House',
  address: '1515 Cherry St',
  city: 'Philadelphia',
  region: 'PA',
  postalCode: '19102',
  country: 'US',
  onlineVisibility: 'members',
  policy: 'approval',
  costKind: 'free',
  agreement: 'What is said here stays here. We listen without judging.',
  scheduleKind: 'weekly',
  days: ['2'],
  interval: '2',
  startDate: nextTuesday,
  startTime: '18:30',
  duration: '90',
  timezone: zone,
  ...overrides,
});

export async function pledgedLeader(t: Harness, options: Parameters<typeof signedInUser>[1] = {}) {
  const person = await signedInUser(t, options);
  await person.client.post('/lead/pledge', { pledge: 'on' });
  return person;
}
