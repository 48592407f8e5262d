import { plural } from '../../i18n/catalogue.js';

/** The shell in English: header, navigation, footer, language switcher and error pages. */
export const en = {
  brand: 'Gatherwell',
  skipLink: 'Skip to main content',
  crisisLabel: 'Crisis help',
  /** The header's crisis button says the verb before the number (hidden on phones, heard by screen readers). */
  call: 'Call',
  mainNav: 'Main',
  /** The phone header's menu button, and the name of what it opens. */
  menu: 'Menu',
  menuNav: 'Site menu',
  /** The phone header's shortcut to the directory. */
  find: 'Find',
  unread: (n: number) => plural('en', n, { one: '1 unread notice', other: `${n} unread notices` }),
  nav: {
    home: 'Home',
    groups: 'Find a group',
    therapists: 'Find a therapist',
    organisations: 'Organisations',
    guide: 'Guide',
    compare: 'Compare',
    resources: 'Resources',
    crisis: 'Crisis help',
  },
  language: 'Language',
  /** This language's name in itself, for the language switcher. */
  languageName: 'English',
  badLanguage: 'Choose a language from the list: English or Español.',
  footer: {
    about:
      'Gatherwell lists peer support groups and group therapy. It does not give medical advice. If you are in danger, call your local emergency number.',
    crisis: 'Crisis help',
  },
  errors: {
    titles: {
      400: 'That request did not make sense',
      403: 'You do not have access to this page',
      404: 'We could not find that page',
      405: 'That action is not allowed here',
      413: 'That was too large to send',
      429: 'Too many requests',
      500: 'Something went wrong on our side',
      503: 'Gatherwell is busy for a moment',
    } as Record<number, string>,
    notFound: 'The address may be mistyped, or the page may have moved.',
    crashed: 'The error has been logged. Please try again in a moment.',
    unavailable:
      'We could not reach our records just now, so this could not be done. Please try again in a minute.',
    tooMany: (minutes: number) =>
      `That was done too many times in a short while. Please try again in ${plural('en', minutes, { one: 'a minute', other: `${minutes} minutes` })}.`,
    failed: 'Request failed',
    home: 'Go to the home page',
    talkNow: 'If you need to talk to someone now,',
    crisisLink: 'crisis help',
    alwaysThere: 'is always available.',
    reference: 'Reference:',
  },
};
