import type { Db } from '../../db/client.js';
import { audit } from '../accounts/audit.js';

/** What organisation commands are given as the request's address (null outside a request). */
export type Ip = string | null;

/** An audit event about an organisation: codes and ids only, never names or free text. */
export const auditOrg = (
  db: Db,
  actorId: string,
  action: Parameters<typeof audit>[1]['action'],
  org: { id: string },
  ip: Ip,
  details?: Record<string, string | number | boolean | null>,
) => audit(db, { action, actorId, targetType: 'organisation', targetId: org.id, ip, details });
