import type { ImportReport } from '../run-import.js';

/** The feed upload page (administrators) in English, the reference catalogue. */
export const en = {
  title: 'Import a Meeting Guide feed',
  lead: 'Upload the JSON file an intergroup publishes. Listings are matched by the feed’s own ids: importing the same source again updates them and removes the ones the feed no longer has. An invalid feed changes nothing.',
  file: 'Feed file (JSON)',
  source: 'Source name',
  sourceHint:
    'A short name for this feed, such as "se-pa-intergroup". Use the same name each time.',
  timezone: 'Time zone (optional)',
  timezoneHint:
    'For meetings whose record has none and whose place (coordinates, postal code or town) gives none, e.g. America/Chicago. Without it, such meetings are skipped.',
  submit: 'Import',
  result: 'Imported',
  counts: (r: ImportReport) =>
    `${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed, ${r.skipped} skipped, ${r.warnings.length} warnings.`,
  warnings: 'Records we could not fully use',
  record: 'Record',
  invalid: 'The feed was not imported:',
  problems: {
    file: 'Choose a JSON file.',
    source: 'Give the source a name of 2–60 letters, digits, dots, dashes or underscores.',
    timezone: 'Enter a time zone such as America/Chicago, or leave it empty.',
  },
};
