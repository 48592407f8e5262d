/**
 * Text of the /compare page (support groups vs group therapy over the five differences of
 * DESIGN.md) as typed data, so the page, the guide's result and a group's "at a glance" panel
 * all say the same thing. Every string is plain text: views add the markup.
 * Typing COMPARE as Record<Locale, CompareContent> makes a missing or extra Spanish key a
 * compile error; content.test.ts checks what types cannot (non-empty, same list lengths).
 */
import type { Locale } from '../../i18n/locales.js';
import { COMPARE_EN } from './content-en.js';
import { COMPARE_ES } from './content-es.js';

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

/** Short labels for the five differences, for compact places such as a group's summary panel. */
export const DIFFERENCE_LABELS: Record<Locale, Record<Difference, string>> = {
  en: {
    leadership: 'Led by',
    purpose: 'Purpose',
    structure: 'Format',
    confidentiality: 'Confidentiality',
    techniques: 'Approach',
  },
  es: {
    leadership: 'Guiado por',
    purpose: 'Propósito',
    structure: 'Formato',
    confidentiality: 'Confidencialidad',
    techniques: 'Enfoque',
  },
};

/** A few words per kind to pair with DIFFERENCE_LABELS, e.g. "Led by: A licensed ...". */
export const DIFFERENCE_SUMMARIES: Record<Locale, Record<Difference, SideBySide>> = {
  en: {
    leadership: {
      support: 'A peer with lived experience',
      therapy: 'A licensed mental health professional',
    },
    purpose: { support: 'Mutual support and coping', therapy: 'Treatment and personal change' },
    structure: {
      support: 'Informal and ongoing, often drop-in',
      therapy: 'Planned sessions over a set number of weeks',
    },
    confidentiality: {
      support: 'An agreement among members',
      therapy: 'A legal and professional duty, with limits',
    },
    techniques: {
      support: 'Shared experience and mutual help',
      therapy: 'Named methods such as CBT or DBT',
    },
  },
  es: {
    leadership: {
      support: 'Alguien que vivió lo mismo',
      therapy: 'Un profesional de salud mental con licencia',
    },
    purpose: { support: 'Apoyo mutuo y formas de salir adelante', therapy: 'Tratamiento y cambio' },
    structure: {
      support: 'Informal y continuo, a menudo abierto',
      therapy: 'Sesiones planificadas durante varias semanas',
    },
    confidentiality: {
      support: 'Un acuerdo entre los miembros',
      therapy: 'Un deber legal y profesional, con límites',
    },
    techniques: {
      support: 'Experiencia compartida y ayuda mutua',
      therapy: 'Métodos reconocidos, como TCC o TDC',
    },
  },
};

export const COMPARE: Record<Locale, CompareContent> = { en: COMPARE_EN, es: COMPARE_ES };

/** 'es', 'es-MX', 'ES-us' -> 'es'; anything else falls back to English. */
export function compareLocale(tag: string): Locale {
  return tag.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

export function compareContent(tag: string): CompareContent {
  return COMPARE[compareLocale(tag)];
}
