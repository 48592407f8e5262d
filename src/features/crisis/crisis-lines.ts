/**
 * Crisis lines by region: public facts, checked against each service's own site. The banner
 * on every page and the /crisis page both read this file, so a number is changed in one place.
 */
export type CrisisContact = {
  name: string;
  description: string;
  /** Digits as dialled, for tel: and sms: links. */
  call?: string;
  text?: string;
  /** The number as people write it. */
  display: string;
  chatUrl?: string;
};

export type CrisisRegion = {
  code: 'US' | 'CA' | 'GB' | 'IE' | 'INTL';
  name: string;
  /** The always-visible banner: short, with the one number to remember. */
  banner: { text: string; call?: string };
  contacts: CrisisContact[];
  emergency: { display: string; call: string };
};

export const INTERNATIONAL_DIRECTORY = {
  name: 'Find A Helpline',
  url: 'https://findahelpline.com/',
  description: 'A directory of free, confidential helplines in more than 100 countries.',
};

export const CRISIS_REGIONS: Record<CrisisRegion['code'], CrisisRegion> = {
  US: {
    code: 'US',
    name: 'United States',
    banner: { text: 'In crisis? Call or text 988', call: '988' },
    contacts: [
      {
        name: '988 Suicide & Crisis Lifeline',
        description: 'Free and confidential, 24 hours a day, in English and Spanish.',
        call: '988',
        text: '988',
        display: '988',
        chatUrl: 'https://988lifeline.org/chat/',
      },
    ],
    emergency: { display: '911', call: '911' },
  },
  CA: {
    code: 'CA',
    name: 'Canada',
    banner: { text: 'In crisis? Call or text 9-8-8', call: '988' },
    contacts: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        description: 'Free, 24 hours a day, in English and French.',
        call: '988',
        text: '988',
        display: '9-8-8',
      },
    ],
    emergency: { display: '911', call: '911' },
  },
  GB: {
    code: 'GB',
    name: 'United Kingdom',
    banner: { text: 'In crisis? Call Samaritans on 116 123', call: '116123' },
    contacts: [
      {
        name: 'Samaritans',
        description: 'Free from any phone, 24 hours a day, every day of the year.',
        call: '116123',
        display: '116 123',
      },
    ],
    emergency: { display: '999 or 112', call: '999' },
  },
  IE: {
    code: 'IE',
    name: 'Ireland',
    banner: { text: 'In crisis? Call Samaritans on 116 123', call: '116123' },
    contacts: [
      {
        name: 'Samaritans',
        description: 'Free from any phone, 24 hours a day, every day of the year.',
        call: '116123',
        display: '116 123',
      },
    ],
    emergency: { display: '112 or 999', call: '112' },
  },
  INTL: {
    code: 'INTL',
    name: 'Elsewhere',
    banner: { text: 'In crisis? Find a helpline near you' },
    contacts: [],
    emergency: { display: 'your local emergency number', call: '112' },
  },
};

/** en-US, es-US -> US; en-GB -> GB; a locale with no known region gets the international page. */
export function crisisRegionForLocale(locale: string): CrisisRegion {
  const region = locale.split('-')[1]?.toUpperCase();
  if (region === 'US' || region === 'CA' || region === 'GB' || region === 'IE') {
    return CRISIS_REGIONS[region];
  }
  return CRISIS_REGIONS.INTL;
}
