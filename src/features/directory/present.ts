import { ACCESS_FEATURES, AUDIENCES, LANGUAGES, TECHNIQUES, TOPICS } from './taxonomy.js';

/** Words for codes, shared by the results list, the group page and the filters form. */
export const KIND_LABELS = { support: 'Support group', therapy: 'Group therapy' } as const;
export const MODE_LABELS = { in_person: 'In person', online: 'Online', hybrid: 'Hybrid' } as const;
export const POLICY_LABELS = {
  drop_in: 'Drop in: come when you like',
  approval: 'Ask to join: a leader approves',
  application: 'Apply: the therapist screens each person',
} as const;
export const STATUS_LABELS = {
  active: 'Meeting',
  temporarily_closed: 'Temporarily closed',
  ended: 'Ended',
} as const;

type Vocab = Record<string, { en: string; es: string }>;
const label = (vocab: Vocab, code: string) => vocab[code]?.en ?? code;
export const topicLabel = (code: string) => label(TOPICS, code);
export const audienceLabel = (code: string) => label(AUDIENCES, code);
export const languageLabel = (code: string) => label(LANGUAGES, code);
export const accessLabel = (code: string) => label(ACCESS_FEATURES, code);
export const techniqueLabel = (code: string) => label(TECHNIQUES, code);

function money(cents: number, currency: string) {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

export function costText(c: {
  costKind: 'free' | 'donation' | 'fixed' | 'sliding_scale';
  costAmountCents: number | null;
  costMinAmountCents: number | null;
  costCurrency: string | null;
  insurance: boolean;
}): string {
  const currency = c.costCurrency ?? 'USD';
  let text: string;
  if (c.costKind === 'free') text = 'Free';
  else if (c.costKind === 'donation') text = 'Free (donations welcome)';
  else if (c.costKind === 'fixed' && c.costAmountCents != null) {
    text = `${money(c.costAmountCents, currency)} per session`;
  } else if (c.costKind === 'sliding_scale' && c.costAmountCents != null) {
    const low =
      c.costMinAmountCents != null ? `${money(c.costMinAmountCents, currency)}–` : 'up to ';
    text = `${low}${money(c.costAmountCents, currency)} per session (sliding scale)`;
  } else text = c.costKind === 'sliding_scale' ? 'Sliding scale' : 'Fee per session';
  return c.insurance ? `${text}; insurance accepted` : text;
}

export function placeText(g: {
  mode: 'in_person' | 'online' | 'hybrid';
  venue: string | null;
  city: string | null;
  region: string | null;
}): string {
  const town = [g.city, g.region].filter(Boolean).join(', ');
  if (g.mode === 'online') return 'Online';
  const where = [g.venue, town].filter(Boolean).join(', ') || 'In person';
  return g.mode === 'hybrid' ? `${where}, and online` : where;
}

export function distanceText(km: number, unit: 'mi' | 'km'): string {
  const value = unit === 'mi' ? km / 1.609344 : km;
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${unit} away`;
}

export function seatsLeft(g: { capacity: number | null; seatsTaken: number }): number | null {
  return g.capacity == null ? null : Math.max(0, g.capacity - g.seatsTaken);
}

/** Zones offered in the "times shown in" menu; the viewer's own is added when missing. */
export const COMMON_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/Toronto',
  'America/Winnipeg',
  'America/Edmonton',
  'America/Vancouver',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Australia/Sydney',
  'UTC',
];

export function zoneLabel(zone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const city = zone.split('/').at(-1)?.replace(/_/g, ' ');
  return zone === 'UTC' ? 'UTC' : `${name} (${city})`;
}
