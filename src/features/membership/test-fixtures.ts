import { and, eq } from 'drizzle-orm';
import { groupAgreements, groupLeaders, memberships } from '../../db/schema/index.js';
import type { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';

// What the membership journeys share: a hybrid group with an agreement, and who stands where.

type Harness = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The test app's options: each test person signs in from an address of their own (through a
 * trusted proxy).
 */
export const TEST_APP = { env: { TRUST_PROXY: '1' } };

const AGREEMENT = 'What is shared here stays here.';
export const VIDEO = 'https://meet.example.org/secret-room';

/** The helpers over a test file's app, read when a test runs (after its beforeAll). */
export function membershipFixtures(app: () => Harness) {
  async function makeGroup(slug: string, extra: Partial<Parameters<typeof group>[0]> = {}) {
    const t = app();
    const { id } = await saveGroup(
      t.db,
      group({
        slug,
        name: `Circle ${slug}`,
        mode: 'hybrid',
        online: { url: VIDEO, visibility: 'members' },
        ...extra,
      }),
    );
    await t.db.insert(groupAgreements).values({ groupId: id, version: 1, body: AGREEMENT });
    return id;
  }

  const lead = (groupId: string, userId: string, role: 'owner' | 'co_leader' = 'owner') =>
    app().db.insert(groupLeaders).values({ groupId, userId, role });

  const statusOf = async (groupId: string, userId: string) =>
    (
      await app()
        .db.select({ status: memberships.status })
        .from(memberships)
        .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)))
    )[0]?.status;

  return { makeGroup, lead, statusOf };
}
