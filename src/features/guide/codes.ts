/**
 * The guide's answer codes and their types. Codes are stable: they are the form's values and
 * the test table's vocabulary. Their words are in the catalogues (messages/questions.en.ts).
 */
import type { Locale } from '../../i18n/locales.js';
import { codes, TOPICS, type TopicCode } from '../../shared/taxonomy/index.js';
import { TIMES_OF_DAY, type TimeOfDay } from '../directory/filters.js';

/** A message in every language the interface speaks (gathered from the catalogues). */
export type Text = Readonly<Record<Locale, string>>;
export type Lang = Locale;

export const SAFETY = ['yes', 'no'] as const;
export const HOPES = ['peers', 'professional', 'unsure'] as const;
export const STRUCTURES = ['loose', 'some', 'structured', 'unsure'] as const;
/** `therapist`/`doctor` say who they already see; the rest are reasons to start one-to-one. */
export const CARE = ['therapist', 'doctor', 'severe', 'medication', 'hospital', 'none'] as const;
export const TOPIC_CHOICES = [...codes(TOPICS), 'other'] as const;
export const MEETING_MODES = ['in_person', 'online', 'either'] as const;
/** Directory day numbers (0 = Sunday), listed Monday first as most calendars do. */
export const DAYS = ['1', '2', '3', '4', '5', '6', '0'] as const;
export const TIMES = Object.keys(TIMES_OF_DAY) as TimeOfDay[];
export const COSTS = ['free', 'low', 'insurance', 'any'] as const;
export const PLACE_MAX = 120;

export type Safety = (typeof SAFETY)[number];
export type Hope = (typeof HOPES)[number];
export type Structure = (typeof STRUCTURES)[number];
export type Care = (typeof CARE)[number];
export type TopicChoice = TopicCode | 'other';
export type MeetingMode = (typeof MEETING_MODES)[number];
export type Cost = (typeof COSTS)[number];

export const STEP_IDS = [
  'safety',
  'topic',
  'hope',
  'structure',
  'care',
  'mode',
  'place',
  'when',
  'cost',
] as const;
export type StepId = (typeof STEP_IDS)[number];
export type FieldName =
  | 'safety'
  | 'topic'
  | 'hope'
  | 'structure'
  | 'care'
  | 'mode'
  | 'place'
  | 'day'
  | 'time'
  | 'cost';
