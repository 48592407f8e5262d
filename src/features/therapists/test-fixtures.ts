import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { saveGroup } from '../directory/commands.js';
import type { GroupInput } from '../directory/model.js';
import { group } from '../directory/test-group.js';

// What the therapists' tests share: a published weekly therapy group, screened by application.

export async function therapyGroup(
  db: Db,
  o: {
    name?: string;
    city?: string;
    region?: string;
    schedules?: GroupInput['schedules'];
    sessions?: number;
  } = {},
) {
  const slug = `therapy-${randomUUID().slice(0, 8)}`;
  const base = group({ slug, name: o.name ?? `Therapy ${slug}` });
  const { id } = await saveGroup(
    db,
    group({
      slug,
      name: o.name ?? `Therapy ${slug}`,
      kind: 'therapy',
      policy: 'application',
      capacity: 8,
      therapy: {
        techniques: ['cbt'],
        screening: true,
        ...(o.sessions ? { sessions: o.sessions } : {}),
      },
      location: {
        ...base.location,
        city: o.city ?? base.location?.city ?? 'Philadelphia',
        region: o.region ?? base.location?.region ?? 'PA',
      } as GroupInput['location'],
      ...(o.schedules ? { schedules: o.schedules } : {}),
    }),
  );
  return { id, slug };
}
