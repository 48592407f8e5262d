import { plural } from '../../../i18n/catalogue.js';

/**
 * The feed checker (/tools/feed-check) in English, the reference catalogue. The problems
 * themselves are written by the checker in English (they name the format's own fields).
 */
export const en = {
  title: 'Check a Meeting Guide feed',
  lead: 'See what is wrong with a meeting feed before your website publishes it or Gatherwell imports it. It is checked against the Meeting Guide format’s published JSON Schema and against the way Gatherwell reads feeds. Nothing is saved.',
  url: 'Feed address',
  urlHint: 'The address your website publishes the feed at, starting with https://',
  paste: 'Or paste the feed',
  pasteHint: 'The JSON text itself, starting with [',
  file: 'Or choose the feed file',
  timezone: 'Time zone (optional)',
  timezoneHint:
    'For meetings whose record and place give none, for example America/Chicago. A registered feed uses its own.',
  submit: 'Check the feed',
  invalid: 'The feed was not checked:',
  problems: {
    nothing: 'Give the feed’s address, paste it, or choose its file.',
    timezone: 'Enter a time zone such as America/Chicago, or leave it empty.',
    tooLarge: 'The feed is larger than 10 MB, the most the checker reads.',
    fetch: (why: string) => `The feed could not be read: ${why}.`,
  },
  result: 'Feed check',
  checkAnother: 'Check another feed',
  summary: (records: number, usable: number) =>
    `${plural('en', records, { one: 'One record', other: `${records} records` })}; Gatherwell would import ${usable}.`,
  counts: (errors: number, warnings: number) =>
    `${plural('en', errors, { one: 'One error', other: `${errors} errors` })} and ${plural('en', warnings, { one: 'one warning', other: `${warnings} warnings` })}.`,
  errorsMean:
    'Errors stop a meeting (or the whole feed) from being read. Warnings are worth fixing: other apps may read less than Gatherwell does.',
  clean: 'No problems found.',
  refused: 'The feed would be refused whole, and nothing imported:',
  byRecord: 'Problems by record',
  wholeFeed: 'The whole feed',
  record: (n: number) => `Record ${n}`,
  slug: 'slug',
  error: 'Error',
  warning: 'Warning',
  field: 'Field',
  problem: 'Problem',
  severity: 'Kind',
  more: (n: number) =>
    plural('en', n, {
      one: 'One more record has problems.',
      other: `${n} more records have problems.`,
    }),
  contactsTitle: 'Contact details this feed publishes',
  contactsLead: (n: number) =>
    `${plural('en', n, { one: 'One meeting publishes', other: `${n} meetings publish` })} a person’s name, phone number or e-mail address. Gatherwell keeps imported contacts private, but your feed shows them to anyone who opens it. Consider leaving contact_1 to contact_3 out of the public feed, and phone numbers and addresses out of notes.`,
  contactLine: (field: string, what: string) => `${field} (${what})`,
  contactWhat: { name: 'a name', phone: 'a phone number', email: 'an e-mail address' },
  diffTitle: 'Compared with what Gatherwell publishes now',
  comparedWith: (published: number, organisation: string) =>
    `This address is the registered feed of ${organisation}. Compared with the ${published} listings Gatherwell publishes now from it, importing this feed would make these changes.`,
  notCompared:
    'Not compared with published listings: only the address of a feed registered with Gatherwell is.',
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  unchanged: (n: number) => plural('en', n, { one: 'One unchanged', other: `${n} unchanged` }),
  kept: (n: number) =>
    plural('en', n, {
      one: 'One listing kept although its record has errors.',
      other: `${n} listings kept although their records have errors.`,
    }),
  none: 'None',
  andMore: (n: number) => `and ${n} more`,
};
