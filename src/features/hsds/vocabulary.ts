import {
  ACCESS_CODES,
  AUDIENCE_CODES,
  accessLabel,
  audienceLabel,
  COST_KINDS,
  GROUP_KINDS,
  LANGUAGE_CODES,
  POLICIES,
  TECHNIQUE_CODES,
  TOPIC_CODES,
  techniqueLabel,
  topicLabel,
} from '../../shared/taxonomy/index.js';
import { uuidV5 } from './ids.js';

/**
 * Our controlled vocabularies published as HSDS embedded taxonomies (HSDS field guidance:
 * "Classifications, Attributes, and Taxonomies"). Each is a `taxonomy` with a fixed id, each
 * code a `taxonomy_term` with a fixed id, so consumers can filter on them
 * (taxonomy_id, taxonomy_term_id) and an import reads them back without guessing from labels.
 */
export type TaxonomyKey =
  | 'topics'
  | 'audiences'
  | 'accessibility'
  | 'techniques'
  | 'group_kind'
  | 'joining'
  | 'cost';

type Taxonomy = {
  name: string;
  description: string;
  codes: readonly string[];
  label: (code: string) => string;
};

const KIND_LABELS: Record<string, string> = {
  support: 'Support group: peer-led, shared experience and mutual aid',
  therapy: 'Group therapy: led by a licensed mental-health professional',
};
const JOINING_LABELS: Record<string, string> = {
  drop_in: 'Drop in: no need to ask first',
  approval: 'Ask to join: the leaders approve each new member',
  application: 'Apply: the leaders screen each applicant before they join',
};
const COST_LABELS: Record<string, string> = {
  free: 'Free',
  donation: 'Donation',
  fixed: 'Fixed fee per session',
  sliding_scale: 'Sliding scale',
  insurance: 'Insurance accepted',
};

export const TAXONOMIES: Record<TaxonomyKey, Taxonomy> = {
  topics: {
    name: 'Gatherwell topics',
    description: 'What a group is about (grief, addiction and recovery, anxiety...).',
    codes: TOPIC_CODES,
    label: (c) => topicLabel(c, 'en'),
  },
  audiences: {
    name: 'Gatherwell audiences',
    description: 'Who a group is for, when it is for someone in particular.',
    codes: AUDIENCE_CODES,
    label: (c) => audienceLabel(c, 'en'),
  },
  accessibility: {
    name: 'Gatherwell accessibility',
    description: 'What a group offers so that everyone can take part.',
    codes: ACCESS_CODES,
    label: (c) => accessLabel(c, 'en'),
  },
  techniques: {
    name: 'Gatherwell therapy techniques',
    description: 'The named methods a therapy group uses.',
    codes: TECHNIQUE_CODES,
    label: (c) => techniqueLabel(c, 'en'),
  },
  group_kind: {
    name: 'Gatherwell group kinds',
    description: 'Peer support group or group therapy: who leads, and to what end.',
    codes: GROUP_KINDS,
    label: (c) => KIND_LABELS[c] ?? c,
  },
  joining: {
    name: 'Gatherwell joining policies',
    description: 'How a person joins a group.',
    codes: POLICIES,
    label: (c) => JOINING_LABELS[c] ?? c,
  },
  cost: {
    name: 'Gatherwell cost kinds',
    description: 'How a group is paid for.',
    codes: [...COST_KINDS, 'insurance'],
    label: (c) => COST_LABELS[c] ?? c,
  },
};

export const TAXONOMY_KEYS = Object.keys(TAXONOMIES) as TaxonomyKey[];
export const taxonomyId = (key: TaxonomyKey) => uuidV5(`taxonomy:${key}`);
export const termId = (key: TaxonomyKey, code: string) => uuidV5(`taxonomy:${key}:${code}`);

/** Term id -> its taxonomy and code, for the taxonomy_term_id filter and for imports. */
export const TERMS = new Map<string, { key: TaxonomyKey; code: string }>(
  TAXONOMY_KEYS.flatMap((key) =>
    TAXONOMIES[key].codes.map((code) => [termId(key, code), { key, code }] as const),
  ),
);
export const TAXONOMY_BY_ID = new Map(TAXONOMY_KEYS.map((key) => [taxonomyId(key), key]));

export function taxonomyTerm(key: TaxonomyKey, code: string) {
  const t = TAXONOMIES[key];
  return {
    id: termId(key, code),
    code,
    name: t.label(code),
    description: `${t.name}: ${t.label(code)}`,
    taxonomy: t.name,
    taxonomy_id: taxonomyId(key),
    taxonomy_detail: {
      id: taxonomyId(key),
      name: t.name,
      description: t.description,
      version: '1',
    },
    language: 'en',
  };
}

/**
 * HSDS asks for ISO 639-1 or 639-3 codes: American Sign Language has no 639-1 code, and "asl"
 * is not its 639-3 code ("ase" is).
 */
const TO_ISO: Record<string, string> = { asl: 'ase' };
const FROM_ISO: Record<string, string> = { ase: 'asl', 'sgn-us': 'asl' };
export const isoLanguage = (code: string) => TO_ISO[code] ?? code;
export function ourLanguage(iso: string): string | undefined {
  const code = FROM_ISO[iso.toLowerCase()] ?? iso.toLowerCase();
  return (LANGUAGE_CODES as readonly string[]).includes(code) ? code : undefined;
}
