/**
 * The directory's controlled vocabularies as codes, shared by every feature that files, finds or
 * talks about groups. Codes are stable: they appear in URLs, the API and the database. Their
 * labels for people are in messages/, one file per language; a code added here is a type error
 * in each catalogue until it is labelled there.
 */

export const TOPIC_CODES = [
  'grief',
  'suicide_loss',
  'addiction',
  'alcohol',
  'drugs',
  'family_addiction',
  'chronic_illness',
  'chronic_pain',
  'cancer',
  'dementia',
  'caregivers',
  'anxiety',
  'depression',
  'bipolar',
  'trauma',
  'eating_disorders',
  'ocd',
  'postpartum',
  'divorce',
  'lgbtq',
  'veterans',
  'young_adults',
  'seniors',
] as const;

export const AUDIENCE_CODES = [
  'women',
  'men',
  'lgbtq',
  'young_adults',
  'teens',
  'seniors',
  'veterans',
  'parents',
  'families',
] as const;

export const ACCESS_CODES = [
  'step_free',
  'accessible_toilet',
  'sign_language',
  'captions',
  'fragrance_free',
  'hearing_loop',
  'childcare',
  'parking',
] as const;

export const TECHNIQUE_CODES = [
  'cbt',
  'dbt',
  'act',
  'psychodynamic',
  'interpersonal',
  'psychoeducational',
  'mindfulness',
  'emdr',
  'motivational',
] as const;

/** The languages a group meets in (not the languages of the interface). */
export const LANGUAGE_CODES = [
  'en',
  'es',
  'fr',
  'zh',
  'vi',
  'ko',
  'ar',
  'pl',
  'pt',
  'ru',
  'asl',
] as const;

export type TopicCode = (typeof TOPIC_CODES)[number];
export type AudienceCode = (typeof AUDIENCE_CODES)[number];
export type AccessCode = (typeof ACCESS_CODES)[number];
export type TechniqueCode = (typeof TECHNIQUE_CODES)[number];
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export const GROUP_KINDS = ['support', 'therapy'] as const;
export const MODES = ['in_person', 'online', 'hybrid'] as const;
export const STATUSES = ['active', 'temporarily_closed', 'ended'] as const;
export const POLICIES = ['drop_in', 'approval', 'application'] as const;
export const COST_KINDS = ['free', 'donation', 'fixed', 'sliding_scale'] as const;

export type GroupKind = (typeof GROUP_KINDS)[number];
export type Mode = (typeof MODES)[number];
export type Status = (typeof STATUSES)[number];
export type Policy = (typeof POLICIES)[number];
export type CostKind = (typeof COST_KINDS)[number];
