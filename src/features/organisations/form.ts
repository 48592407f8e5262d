import { CONTROL, LISTING_LIMITS } from '../directory/text-limits.js';
import { ORG_KINDS, type OrgKind } from './access.js';
import type { OrgText } from './messages/index.js';

/** An organisation's public details, as its owners write them. */
export type OrgDetails = { name: string; kind: OrgKind; url: string; description: string };

/** The same limit as a listing's "listed by", which names the same organisations. */
export const NAME_MAX = LISTING_LIMITS.organisation;
export const DESCRIPTION_MAX = 2000;
export const MESSAGE_MAX = 1000;

const one = (body: Record<string, string | string[]>, k: string) =>
  String((Array.isArray(body[k]) ? body[k][0] : body[k]) ?? '').trim();

/** Checks every field and names each problem; nothing is saved unless all are right. */
export function parseDetails(
  body: Record<string, string | string[]>,
  t: OrgText,
):
  | { ok: true; value: OrgDetails }
  | { ok: false; errors: Record<string, string>; value: OrgDetails } {
  const e = t.form.errors;
  const kind = one(body, 'kind');
  const value: OrgDetails = {
    name: one(body, 'name').replace(/\s+/g, ' '),
    kind: (ORG_KINDS as readonly string[]).includes(kind) ? (kind as OrgKind) : 'other',
    url: one(body, 'url'),
    description: one(body, 'description').replace(/\r\n?/g, '\n'),
  };
  const errors: Record<string, string> = {};
  if (value.name.length < 2) errors.name = e.nameMissing;
  else if (value.name.length > NAME_MAX || CONTROL.test(value.name))
    errors.name = e.nameTooLong(NAME_MAX);
  if (!(ORG_KINDS as readonly string[]).includes(kind)) errors.kind = e.kind;
  if (value.url && !isWebAddress(value.url)) errors.url = e.url;
  if (value.description.length > DESCRIPTION_MAX || CONTROL.test(value.description)) {
    errors.description = e.descriptionTooLong(DESCRIPTION_MAX);
  }
  return Object.keys(errors).length ? { ok: false, errors, value } : { ok: true, value };
}

/** An http(s) address with a host: what a website field may hold. */
export function isWebAddress(text: string): boolean {
  if (text.length > 500) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A claim's message: who the person is to the organisation, for an administrator to check. */
export function parseClaimMessage(body: Record<string, string | string[]>, t: OrgText) {
  const message = one(body, 'message').replace(/\r\n?/g, '\n');
  if (message.length < 10) return { ok: false as const, error: t.claim.tooShort, message };
  if (message.length > MESSAGE_MAX || CONTROL.test(message)) {
    return { ok: false as const, error: t.claim.tooLong(MESSAGE_MAX), message };
  }
  return { ok: true as const, message };
}
