import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FeedProblem } from './report.js';
import feedSchema from './schema/feed.schema.json' with { type: 'json' };
import meetingSchema from './schema/meeting.schema.json' with { type: 'json' };
import meetingTypeSchema from './schema/meeting-type.schema.json' with { type: 'json' };

/*
 * The published (draft) Meeting Guide JSON Schema, read as its README in schema/ explains:
 * what makes a record unreadable is an error, what the draft is stricter about than the
 * specification and the apps that read feeds is a warning. Every message names the field and
 * says what was expected, in plain words.
 */

/** The columns the format defines (and the ones TSML and our import read besides). */
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set([
  ...Object.keys(meetingSchema.properties),
  'attendance_option',
  'sub_sub_region',
  'entity_url',
  'location_url',
  'district',
  'district_id',
  'group_id',
  'location_id',
]);

let validator: ReturnType<Ajv['compile']> | undefined;

function validate() {
  if (!validator) {
    // `optional` is not a JSON Schema keyword, and the draft's `type: [integer, array]` with
    // `items` is loose by design: strict mode would refuse the schema as published.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addSchema(meetingTypeSchema).addSchema(meetingSchema);
    validator = ajv.compile(feedSchema);
  }
  return validator;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.slice(0, 60)}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value === 'object' ? 'an object' : String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'an object',
};

const typeWords = (type: unknown) =>
  (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');

const PATTERN_WORDS: Record<string, string> = {
  time: 'a 24-hour time such as 19:30',
  end_time: 'a 24-hour time such as 20:30',
  updated: 'a UTC time written YYYY-MM-DD HH:MM:SS',
  conference_phone: 'digits only (a leading +, and , * # for one-tap dialling)',
  state: 'two capital letters, such as IL',
  postal_code: 'five digits',
  city: 'letters and spaces only',
  address: 'a number and a street name in letters only',
  formatted_address: 'a US address such as "123 Main St, Springfield, IL 62701, USA"',
};

/** Address patterns in the draft accept US addresses in plain letters only. */
const US_ONLY = new Set(['state', 'postal_code', 'city', 'address', 'formatted_address']);

/** One ajv error as a problem, or null when another error already says it. */
function toProblem(error: ErrorObject, feed: unknown[]): FeedProblem | null {
  const [, indexText, field, item] = error.instancePath.split('/');
  const index = Number(indexText);
  const record = feed[index] as Record<string, unknown> | undefined;
  const value = field ? record?.[field] : undefined;
  const base = { index, field, source: 'schema' as const };
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      return {
        ...base,
        field: missing,
        severity: 'error',
        message: `has no \`${missing}\`, which every meeting must have`,
      };
    }
    case 'type': {
      const shown = item === undefined ? value : (value as unknown[])[Number(item)];
      const wanted = typeWords(error.params.type);
      const where =
        item === undefined ? `\`${field}\`` : `item ${Number(item) + 1} of \`${field}\``;
      // Readers (ours among them) take "39.95" for 39.95 and 8 for "8": worth fixing, not fatal.
      const readable =
        shown === null ||
        (typeof shown === 'number' && wanted === 'text') ||
        (typeof shown === 'string' && shown.trim() !== '' && !Number.isNaN(Number(shown)));
      return {
        ...base,
        severity: readable ? 'warning' : 'error',
        message: `${where} should be ${wanted}, but it is ${describeValue(shown)}${
          shown === null
            ? '; leave the field out instead'
            : readable
              ? '; Gatherwell reads it, other apps may not'
              : ''
        }`,
      };
    }
    case 'minimum':
    case 'maximum':
      return {
        ...base,
        severity: 'error',
        message:
          field === 'day'
            ? `\`day\` holds ${describeValue(item === undefined ? value : (value as unknown[])[Number(item)])}, which is not a day: days are 0 (Sunday) to 6 (Saturday)`
            : `\`${field}\` is out of range (${error.message})`,
      };
    case 'maxLength':
      return {
        ...base,
        severity: 'error',
        message: `\`${field}\` is ${String(value).length} characters long; the format allows at most ${error.params.limit}`,
      };
    case 'pattern': {
      const wanted = PATTERN_WORDS[field ?? ''] ?? 'the format the specification gives';
      const note = US_ONLY.has(field ?? '')
        ? ' (the draft schema is written for US addresses; outside the US this may be fine)'
        : '';
      return {
        ...base,
        severity: 'warning',
        message: `\`${field}\` ${describeValue(value)} is not ${wanted}${note}`,
      };
    }
    case 'format':
      return {
        ...base,
        severity: 'warning',
        message: `\`${field}\` ${describeValue(item === undefined ? value : (value as unknown[])[Number(item)])} is not ${
          error.params.format === 'email' ? 'an e-mail address' : 'a full web address (https://...)'
        }`,
      };
    case 'enum':
      // A type code's enum errors come with their anyOf; that one speaks for them.
      if (field === 'types') return null;
      return {
        ...base,
        severity: 'error',
        message: `\`${field}\` must be one of ${(error.params.allowedValues as unknown[]).map((v) => `"${v}"`).join(', ')}, not ${describeValue(value)}`,
      };
    case 'anyOf':
      if (field !== 'types' || item === undefined) return null;
      return {
        ...base,
        severity: 'warning',
        message: `type code ${describeValue((value as unknown[])[Number(item)])} is not in the published list of meeting types`,
      };
    default:
      return { ...base, severity: 'warning', message: `\`${field}\` ${error.message}` };
  }
}

/** The draft schema's verdict on each record, in plain words. */
export function schemaProblems(feed: unknown[]): FeedProblem[] {
  const check = validate();
  if (check(feed)) return [];
  const problems: FeedProblem[] = [];
  for (const error of check.errors ?? []) {
    // The whole feed's shape (not an array) is said once by the import's own check.
    if (!error.instancePath) continue;
    const problem = toProblem(error, feed);
    if (problem) problems.push(problem);
  }
  return problems;
}
