import { createHash } from 'node:crypto';

/**
 * Gatherwell's namespace for name-based (version 5) UUIDs. Fixed forever: every id derived
 * from it is published, and consumers key their copies on those ids.
 */
const NAMESPACE = 'b3c3a0f2-6f0e-4f4e-9d1c-2a5b8e7d4c10';

const bytesOf = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/** RFC 9562 UUID version 5: SHA-1 of namespace and name, with the version and variant bits. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of one part of a listing (its place, its online room, a schedule...): derived from
 * the listing's own id and the part's role, so the same listing gives the same ids in every
 * response, and an export re-imported elsewhere and exported again keeps its shape.
 */
export const partId = (groupId: string, role: string) => uuidV5(`group:${groupId}:${role}`);

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
