import { DateTime } from 'luxon';
import type {
  CostInput,
  GroupInput,
  LocationInput,
  OnlineInput,
  ScheduleInput,
} from '../directory/model.js';
import { listingTextProblems } from '../directory/text-limits.js';
import { cleanSlug } from '../meeting-guide/fields.js';
import type { PreparedImport } from '../meeting-guide/run-import.js';
import { FeedError, type FeedWarning } from '../meeting-guide/types.js';
import { fromHsdsSchedule, type HsdsSchedule } from './schedules.js';
import { describeError, validatorFor } from './validate.js';
import { ourLanguage, type TaxonomyKey, TERMS } from './vocabulary.js';

/**
 * An HSDS 3.0 package read as listings. The package is the array of fully nested services
 * that HSDS's compiled/service_package.json describes; a page of /hsds/services?full=true
 * (an object with `contents`) and an object with `services` are taken too. Every service is
 * checked against the official schema and then mapped; one problem anywhere refuses the whole
 * package (FeedError, naming service and field) before anything is opened or written.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function servicesOf(json: unknown): unknown[] {
  const services = Array.isArray(json)
    ? json
    : isObject(json) && Array.isArray(json.services)
      ? json.services
      : isObject(json) && Array.isArray(json.contents)
        ? json.contents
        : null;
  if (!services) {
    throw new FeedError([
      'the package must be a JSON array of HSDS services, or an object with a "services" or "contents" array',
    ]);
  }
  // An empty package would remove every listing this organisation imported before.
  if (services.length === 0) throw new FeedError(['the package contains no services']);
  return services;
}

class Problems {
  readonly list: string[] = [];
  readonly warnings: FeedWarning[] = [];
  constructor(
    readonly index: number,
    readonly id: string | undefined,
    readonly name: string | undefined,
  ) {}
  private where() {
    return `service ${this.index}${this.id ? ` (${this.id}${this.name ? `, "${this.name}"` : ''})` : ''}`;
  }
  refuse(field: string, message: string) {
    this.list.push(`${this.where()}: ${field} ${message}`);
  }
  warn(field: string, message: string) {
    this.warnings.push({ index: this.index, slug: this.id, field, message });
  }
}

function terms(service: Json, p: Problems): Map<TaxonomyKey, string[]> {
  const found = new Map<TaxonomyKey, string[]>();
  for (const attribute of list(service.attributes)) {
    const termId = str(attribute.taxonomy_term_id) ?? str((attribute.taxonomy_term as Json)?.id);
    const term = termId ? TERMS.get(termId) : undefined;
    if (!term) {
      const name = str((attribute.taxonomy_term as Json)?.name) ?? termId ?? 'an attribute';
      p.warn('attributes', `"${name}" is not a Gatherwell taxonomy term; it was left out`);
      continue;
    }
    found.set(term.key, [...(found.get(term.key) ?? []), term.code]);
  }
  return found;
}

function cost(service: Json, kinds: string[]): CostInput {
  const options = list(service.cost_options);
  const amounts = options.map((o) => num(o.amount)).filter((a): a is number => a !== undefined);
  const currency = options.map((o) => str(o.currency)).find(Boolean);
  const cents = (a: number) => Math.round(a * 100);
  const insurance = kinds.includes('insurance') || undefined;
  const kind =
    (kinds.find((k) => k !== 'insurance') as CostInput['kind'] | undefined) ??
    (amounts.some((a) => a > 0) ? 'fixed' : 'free');
  if (kind === 'fixed' && amounts.length) {
    return { kind, amountCents: cents(Math.max(...amounts)), currency, insurance };
  }
  if (kind === 'sliding_scale' && amounts.length) {
    const [min, max] = [Math.min(...amounts), Math.max(...amounts)];
    return { kind, amountCents: cents(max), minAmountCents: cents(min), currency, insurance };
  }
  return { kind, insurance };
}

const APPROXIMATE =
  / ?The map point is approximate \(the town or neighbourhood\); members are given the exact address\./;

function places(service: Json, ext: Json) {
  const sals = list(service.service_at_locations);
  const locationOf = (type: string) =>
    sals
      .map((s) => ({ sal: s, loc: s.location as Json }))
      .find((x) => isObject(x.loc) && x.loc.location_type === type);
  const physical = locationOf('physical');
  const virtual = locationOf('virtual');
  let location: LocationInput | undefined;
  if (physical) {
    const address = list(physical.loc.addresses)[0] ?? {};
    const city = str(address.city);
    const approximate = ext.location_approximate === true;
    const name = str(physical.loc.name);
    location = {
      venue: name && name !== city && name !== 'Meeting place' && !approximate ? name : undefined,
      address: str(address.address_1),
      postalCode: str(address.postal_code),
      city,
      region: str(address.state_province),
      country: str(address.country),
      latitude: num(physical.loc.latitude),
      longitude: num(physical.loc.longitude),
      approximate,
      notes: str(str(physical.loc.description)?.replace(APPROXIMATE, '')),
    };
  }
  let online: OnlineInput | undefined;
  if (virtual) {
    const url = str(virtual.loc.url);
    const phone = str(list(virtual.sal.phones)[0]?.number);
    const visibility =
      ext.online_visibility === 'members' || (!url && !phone) ? 'members' : 'public';
    online = {
      url,
      phone,
      notes: visibility === 'public' ? str(virtual.loc.description) : undefined,
      visibility,
    };
  }
  const mode = physical && virtual ? 'hybrid' : virtual ? 'online' : 'in_person';
  return { location, online, mode: (str(ext.mode) ?? mode) as GroupInput['mode'], sals };
}

function schedules(service: Json, sals: Json[], p: Problems): ScheduleInput[] {
  const all = [...list(service.schedules), ...sals.flatMap((s) => list(s.schedules))];
  const out: ScheduleInput[] = [];
  all.forEach((h, n) => {
    const { schedule, problems, warnings } = fromHsdsSchedule(h as HsdsSchedule);
    for (const w of warnings) p.warn(`schedules.${n}.${w.field}`, w.message);
    for (const x of problems) p.refuse(`schedules.${n}.${x.field}`, x.message);
    if (schedule) out.push(schedule);
  });
  return out;
}

const MODES = ['in_person', 'online', 'hybrid'];
const whole = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isDay = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid;

/**
 * The `gatherwell` extension is ours, so the official schema says nothing about it: its
 * fields are checked here, as the leaders' form checks them, before they reach the database.
 */
function checkExtension(service: Json, kind: GroupInput['kind'], p: Problems) {
  const ext = service.gatherwell;
  if (ext !== undefined && !isObject(ext)) p.refuse('gatherwell', 'must be an object');
  if (isObject(ext)) {
    if (ext.mode !== undefined && !MODES.includes(ext.mode as string)) {
      p.refuse('gatherwell.mode', 'must be one of "in_person", "online", "hybrid"');
    }
    const therapy = ext.therapy;
    if (therapy !== undefined && !isObject(therapy)) {
      p.refuse('gatherwell.therapy', 'must be an object');
    }
    if (isObject(therapy)) {
      for (const field of ['start_date', 'end_date']) {
        if (therapy[field] !== undefined && !isDay(therapy[field])) {
          p.refuse(`gatherwell.therapy.${field}`, 'must be a date written YYYY-MM-DD');
        }
      }
      if (
        isDay(therapy.start_date) &&
        isDay(therapy.end_date) &&
        therapy.end_date < therapy.start_date
      ) {
        p.refuse('gatherwell.therapy.end_date', 'is before start_date');
      }
      if (therapy.sessions !== undefined && !whole(therapy.sessions, 1, 200)) {
        p.refuse('gatherwell.therapy.sessions', 'must be a whole number from 1 to 200');
      }
    }
  }
  const maximum = list(service.service_capacity)[0]?.maximum;
  if (kind === 'therapy' && maximum !== undefined && !whole(maximum, 2, 500)) {
    p.refuse(
      'service_capacity.0.maximum',
      'must be a whole number from 2 to 500 (the seats of a therapy group)',
    );
  }
}

const STATUS: Record<string, GroupInput['status']> = {
  active: 'active',
  'temporarily closed': 'temporarily_closed',
  inactive: 'temporarily_closed',
  defunct: 'ended',
};

function mapService(service: Json, p: Problems, source: string): GroupInput {
  const ext = isObject(service.gatherwell) ? service.gatherwell : {};
  const found = terms(service, p);
  const codes = (key: TaxonomyKey) => found.get(key) ?? [];
  const { location, online, mode, sals } = places(service, ext);
  const languages = list(service.languages).flatMap((l) => {
    const code = ourLanguage(str(l.code) ?? '');
    if (!code)
      p.warn(
        'languages',
        `"${str(l.code) ?? str(l.name)}" is not a language Gatherwell lists; it was left out`,
      );
    return code ? [code] : [];
  });
  const description = str(service.description);
  const name = str(service.name) ?? '';
  const kind = (codes('group_kind')[0] ?? 'support') as GroupInput['kind'];
  checkExtension(service, kind, p);
  const therapy = isObject(ext.therapy) ? ext.therapy : {};
  const capacity = list(service.service_capacity)[0];
  return {
    kind,
    name,
    slug: cleanSlug(str(ext.slug) ?? name),
    summary: str(ext.summary) ?? (description?.split(/(?<=[.!?])\s/)[0] ?? name).slice(0, 300),
    description,
    topics: codes('topics') as GroupInput['topics'],
    audiences: codes('audiences') as GroupInput['audiences'],
    languages: (languages.length ? languages : ['en']) as GroupInput['languages'],
    mode,
    status: STATUS[str(service.status) ?? 'active'] ?? 'active',
    location,
    online,
    leaders: [],
    policy: (codes('joining')[0] ?? 'drop_in') as GroupInput['policy'],
    capacity: kind === 'therapy' ? num(capacity?.maximum) : undefined,
    cost: cost(service, codes('cost')),
    accessibility: codes('accessibility') as GroupInput['accessibility'],
    therapy:
      kind === 'therapy'
        ? {
            techniques: codes('techniques') as NonNullable<GroupInput['therapy']>['techniques'],
            sessions: num(therapy.sessions),
            startDate: str(therapy.start_date),
            endDate: str(therapy.end_date),
            screening: therapy.screening === true,
          }
        : undefined,
    firstVisit: str(ext.first_visit),
    source: { name: source, externalId: String(service.id) },
    regions: list(service.service_areas).flatMap((a) => str(a.name) ?? []),
    sourceUpdatedAt: str(service.last_modified),
    schedules: schedules(service, sals, p),
  };
}

/** Drop undefined fields, so the same package always hashes to the same listing. */
const tidy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export function prepareHsdsImport(
  json: unknown,
  options: { source: string; organisationId?: string },
): PreparedImport {
  const services = servicesOf(json);
  const validate = validatorFor('service.json');
  const refused: string[] = [];
  const warnings: FeedWarning[] = [];
  const usable: GroupInput[] = [];
  const seen = new Map<string, number>();
  const slugs = new Set<string>();
  services.forEach((service, index) => {
    const record = isObject(service) ? service : {};
    const p = new Problems(index, str(record.id), str(record.name));
    if (!validate(service)) {
      for (const e of validate.errors ?? []) {
        const { field, message } = describeError(e);
        p.refuse(field, message);
      }
    } else if (seen.has(String(record.id))) {
      p.refuse('id', `is the same as service ${seen.get(String(record.id))}'s`);
    } else {
      seen.set(String(record.id), index);
      const input = mapService(record, p, options.source);
      for (const t of listingTextProblems(input)) {
        p.refuse(
          t.field,
          t.problem === 'too_long' ? 'is longer than a listing may be' : 'holds control characters',
        );
      }
      let slug = input.slug;
      for (let n = 2; slugs.has(slug); n++) slug = `${input.slug}-${n}`;
      slugs.add(slug);
      input.slug = slug;
      if (options.organisationId) input.organisationId = options.organisationId;
      usable.push(tidy(input));
    }
    refused.push(...p.list);
    warnings.push(...p.warnings);
  });
  if (refused.length) throw new FeedError(refused);
  return { source: options.source, usable, warnings };
}
