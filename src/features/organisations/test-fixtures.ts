import { eq } from 'drizzle-orm';
import { organisationMembers, organisations } from '../../db/schema/index.js';
import type { signedInUser } from '../../test/accounts.js';
import type { createTestApp } from '../../test/harness.js';

/** What the organisations' tests share: an account made through the real form. */
type Harness = Awaited<ReturnType<typeof createTestApp>>;
type Person = Awaited<ReturnType<typeof signedInUser>>;

export async function orgThroughForm(t: Harness, owner: Person, name: string, kind = 'intergroup') {
  const res = await owner.client.post('/orgs/new', {
    name,
    kind,
    url: 'https://intergroup.example.org',
    description: 'Meetings across the county.',
  });
  if (res.status !== 303) throw new Error(`creating ${name} answered ${res.status}`);
  const [org] = await t.db.select().from(organisations).where(eq(organisations.name, name));
  return org!;
}

export async function addPerson(
  t: Harness,
  orgId: string,
  userId: string,
  role: 'owner' | 'editor',
) {
  await t.db.insert(organisationMembers).values({ organisationId: orgId, userId, role });
}
