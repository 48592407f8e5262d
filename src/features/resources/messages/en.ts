import { plural } from '../../../i18n/catalogue.js';
import type { Locale } from '../../../i18n/locales.js';

/** Every word of the resource library's pages, in English. */
export const en = {
  title: 'Resource library',
  description: 'Short, plain-language articles about support groups and group therapy.',
  intro:
    'Short articles, in plain language, about support groups, group therapy and what to expect from each.',
  searchLabel: 'Search the articles',
  topicLabel: 'Topic',
  allTopics: 'All topics',
  searchButton: 'Search',
  clear: 'Show all articles',
  count: (n: number) => plural('en', n, { one: '1 article', other: `${n} articles` }),
  countFor: (n: number, q: string) =>
    plural('en', n, { one: `1 article matches “${q}”`, other: `${n} articles match “${q}”` }),
  none: 'No article matches that search. Try fewer or different words, or another topic.',
  minutes: (n: number) => `${n} min read`,
  topics: 'Topics',
  general: 'For everyone',
  /** Shown next to an article in another language than the page, keyed by its language. */
  inLanguage: { en: 'in English', es: 'in Spanish' } as Record<Locale, string>,
  reviewed: 'Reviewed',
  back: 'All articles',
  notAdvice:
    'This article is general information, not medical or legal advice. For advice about your own situation, talk to a doctor or a licensed mental health professional. If you are in danger now, get crisis help right away.',
  crisisLink: 'Crisis help',
  otherVersion: 'Read this article in English',
  relatedHeading: 'Groups on these topics',
  relatedNone: 'We have no groups listed on these topics yet.',
  relatedAll: 'See all groups on these topics',
  browseGroups: 'Browse all groups',
  browseIntro: 'Looking for a group? The directory lists support groups and group therapy.',
  kind: { support: 'Support group', therapy: 'Group therapy' },
  mode: { in_person: 'In person', online: 'Online', hybrid: 'In person and online' },
  notFound: 'There is no article at this address. It may have moved or been renamed.',
};
