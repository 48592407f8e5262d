import type { AccessCode, AudienceCode, LanguageCode } from '../../shared/taxonomy/index.js';

/**
 * Meeting Guide type codes and how they map onto the directory's controlled vocabularies.
 * Codes come from code4recovery/spec data/types.json. The fellowship (AA, NA...) is never a
 * type, so topics come from the import options instead.
 */

export const AUDIENCE_BY_TYPE: Record<string, AudienceCode> = {
  W: 'women',
  M: 'men',
  LGBTQ: 'lgbtq',
  G: 'lgbtq',
  L: 'lgbtq',
  BI: 'lgbtq',
  T: 'lgbtq',
  NB: 'lgbtq',
  Y: 'young_adults',
  SEN: 'seniors',
};

export const ACCESS_BY_TYPE: Record<string, AccessCode> = {
  X: 'step_free',
  XB: 'accessible_toilet',
  ASL: 'sign_language',
  FF: 'fragrance_free',
  BA: 'childcare',
};

export const LANGUAGE_BY_TYPE: Record<string, LanguageCode> = {
  EN: 'en',
  S: 'es',
  FR: 'fr',
  POL: 'pl',
  POR: 'pt',
  RUS: 'ru',
  KOR: 'ko',
  AR: 'ar',
  ASL: 'asl',
};

/** Languages the feed can name but our taxonomy cannot: they must not silently become English. */
const OTHER_LANGUAGES: Record<string, string> = {
  AF: 'Afrikaans',
  AM: 'Amharic',
  BG: 'Bulgarian',
  DA: 'Danish',
  DE: 'German',
  EL: 'Greek',
  FA: 'Persian',
  FI: 'Finnish',
  HE: 'Hebrew',
  HI: 'Hindi',
  HR: 'Croatian',
  HU: 'Hungarian',
  IS: 'Icelandic',
  ITA: 'Italian',
  JA: 'Japanese',
  KA: 'Georgian',
  LT: 'Lithuanian',
  ML: 'Malayalam',
  MT: 'Maltese',
  NE: 'Nepali',
  NL: 'Dutch',
  NO: 'Norwegian',
  PUN: 'Punjabi',
  SK: 'Slovak',
  SL: 'Slovenian',
  SV: 'Swedish',
  TH: 'Thai',
  TL: 'Tagalog',
  TUR: 'Turkish',
  UK: 'Ukrainian',
};

/** Meeting formats, used only to word the summary ("Open speaker meeting"). */
const FORMAT_LABELS: Record<string, string> = {
  D: 'discussion',
  SP: 'speaker',
  B: 'Big Book',
  ST: 'step study',
  TR: 'tradition study',
  '12x12': '12 Steps & 12 Traditions',
  '11': '11th Step meditation',
  MED: 'meditation',
  LIT: 'literature',
  BE: 'newcomer',
  GR: 'Grapevine',
  DR: 'Daily Reflections',
  LS: 'Living Sober',
  ABSI: 'As Bill Sees It',
  CAN: 'candlelight',
  BRK: 'breakfast',
  OUT: 'outdoor',
  H: 'birthday',
};

/** Known codes with no counterpart in our model; recognised so they raise no warning. */
const KNOWN_UNMAPPED = [
  'O',
  'C',
  'TC',
  'A',
  'AL',
  'AL-AN',
  'CF',
  'DB',
  'DD',
  'N',
  'NDG',
  'P',
  'POA',
  'POC',
  'SM',
  'XT',
  'ONL',
];

const KNOWN = new Set([
  ...Object.keys(AUDIENCE_BY_TYPE),
  ...Object.keys(ACCESS_BY_TYPE),
  ...Object.keys(LANGUAGE_BY_TYPE),
  ...Object.keys(OTHER_LANGUAGES),
  ...Object.keys(FORMAT_LABELS),
  ...KNOWN_UNMAPPED,
]);

/**
 * GroupInput has no field for open/closed, so the importer writes one of these fixed
 * sentences into `firstVisit` and the exporter recognises them to give back O or C.
 */
export const OPEN_NOTE =
  'Open meeting: anyone may attend, including friends, family and the curious.';
export const CLOSED_NOTE =
  'Closed meeting: only for people who have a problem themselves and want to recover.';

export type TypeReading = {
  audiences: AudienceCode[];
  accessibility: AccessCode[];
  languages: LanguageCode[];
  /** Names of languages we cannot represent. */
  otherLanguages: string[];
  unknown: string[];
  open: boolean;
  closed: boolean;
  temporarilyClosed: boolean;
  formats: string[];
};

function add<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

export function readTypes(codes: string[]): TypeReading {
  const reading: TypeReading = {
    audiences: [],
    accessibility: [],
    languages: [],
    otherLanguages: [],
    unknown: [],
    open: false,
    closed: false,
    temporarilyClosed: false,
    formats: [],
  };
  for (const raw of codes) {
    // Codes are case-sensitive in the spec ("12x12"), but hand-made feeds write "w" for "W".
    const code = KNOWN.has(raw) ? raw : raw.toUpperCase();
    if (!KNOWN.has(code)) {
      add(reading.unknown, raw);
      continue;
    }
    add(reading.audiences, AUDIENCE_BY_TYPE[code]);
    add(reading.accessibility, ACCESS_BY_TYPE[code]);
    add(reading.languages, LANGUAGE_BY_TYPE[code]);
    add(reading.otherLanguages, OTHER_LANGUAGES[code]);
    add(reading.formats, FORMAT_LABELS[code]);
    if (code === 'O') reading.open = true;
    if (code === 'C') reading.closed = true;
    if (code === 'TC') reading.temporarilyClosed = true;
  }
  // Both at once says nothing a newcomer can rely on.
  if (reading.open && reading.closed) reading.open = reading.closed = false;
  return reading;
}

function invert<K extends string>(map: Record<string, K>): Map<K, string> {
  const inverse = new Map<K, string>();
  // The first code listed for a value is the canonical one (LGBTQ before G, L...).
  for (const [code, value] of Object.entries(map))
    if (!inverse.has(value)) inverse.set(value, code);
  return inverse;
}

export const TYPE_BY_AUDIENCE = invert(AUDIENCE_BY_TYPE);
export const TYPE_BY_ACCESS = invert(ACCESS_BY_TYPE);
export const TYPE_BY_LANGUAGE = invert(LANGUAGE_BY_TYPE);
