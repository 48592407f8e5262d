/**
 * The shape of the /compare page's text (support groups vs group therapy over the five
 * differences of DESIGN.md), so the page, the guide's result and a group's "at a glance" panel
 * all say the same thing. The text itself is in the catalogue, one file per language
 * (messages/content.en.ts, content.es.ts); every string is plain text: views add the markup.
 * The catalogue's types make a missing or extra key a compile error; content.test.ts checks
 * what types cannot (non-empty, same list lengths).
 */
import { isLocale, type Locale } from '../../i18n/locales.js';
import { compareMessages } from './messages/index.js';

export type { Locale };

export type Difference = 'leadership' | 'purpose' | 'structure' | 'confidentiality' | 'techniques';

/** One value per kind of group. */
export type SideBySide = { support: string; therapy: string };

export type CompareContent = {
  /** Page title (also the <title>) and a one- or two-sentence intro. */
  title: string;
  intro: string;
  /** Heading of the side-by-side section. */
  differencesHeading: string;
  /** Column headings; `aspect` heads the column of row labels. */
  columns: SideBySide & { aspect: string };
  /** Lead-in shown before each row's examples. */
  exampleLabel: string;
  differences: Record<Difference, SideBySide & { label: string; example: SideBySide }>;
  /** Bullet points, each a full sentence; both lists have the same length in every locale. */
  whenFits: {
    heading: string;
    support: string[];
    therapy: string[];
    /** When neither is the right first step and one-to-one care comes first. */
    oneToOneFirst: string;
  };
  combining: { heading: string; paragraphs: string[] };
  /** Steps in order, for an ordered list. */
  firstMeeting: { heading: string; support: string[]; therapy: string[] };
  confidentiality: { heading: string; paragraphs: string[] };
  /** Information, not medical advice; what to do in danger (988 in the US). */
  notAdvice: string;
  /** Button labels: to /guide, to the directory filtered by kind. */
  cta: { guide: string; findSupport: string; findTherapy: string };
};

export const differencesOrder: Difference[] = [
  'leadership',
  'purpose',
  'structure',
  'confidentiality',
  'techniques',
];

/** 'es', 'es-MX', 'ES-us' -> 'es'; anything else falls back to English. */
export function compareLocale(tag: string): Locale {
  const language = tag.toLowerCase().split('-')[0];
  return isLocale(language) ? language : 'en';
}

export function compareContent(tag: string): CompareContent {
  return compareMessages(compareLocale(tag)).content;
}
