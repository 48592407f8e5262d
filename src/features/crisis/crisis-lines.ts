import { LOCALES, type Locale } from '../../i18n/locales.js';

/**
 * Crisis lines by region: public facts, checked against each service's own site. The banner
 * on every page and the /crisis page both read this file, so a number is changed in one place.
 * Words people read come in every interface language; numbers are the same in all.
 */
type Text = Record<Locale, string>;

export type CrisisContact = {
  name: Text;
  description: Text;
  /** Digits as dialled, for tel: and sms: links. */
  call?: string;
  text?: string;
  /** A first message for the sms: link, where a line routes by keyword (988: AYUDA). */
  textBody?: Partial<Text>;
  /** The number as people write it. */
  display: string;
  chatUrl?: Partial<Text>;
};

export type CrisisCode = 'US' | 'CA' | 'GB' | 'IE' | 'INTL';

export type CrisisRegion = {
  code: CrisisCode;
  name: Text;
  /** The always-visible banner: short, with the one number to remember. */
  /** `show`: the number as people write it, for the header's button ("Call 116 123"). */
  banner: { text: Text; call?: string; show?: string };
  contacts: CrisisContact[];
  /** `also`: a second number that works as well (112 across Europe), with its own link. */
  emergency: { display: Text; call: string; also?: string };
};

export const INTERNATIONAL_DIRECTORY = {
  name: 'Find A Helpline',
  /** The name is the service's own, in English: pages in other languages mark it so. */
  nameLanguage: 'en' as Locale,
  url: 'https://findahelpline.com/',
  description: {
    en: 'A directory of free, confidential helplines in more than 100 countries.',
    es: 'Un directorio de líneas de ayuda gratuitas y confidenciales en más de 100 países.',
  } satisfies Text,
};

/** A name or number written the same in every language. */
const same = (value: string) => Object.fromEntries(LOCALES.map((l) => [l, value])) as Text;

const SAMARITANS: CrisisContact = {
  name: same('Samaritans'),
  description: {
    en: 'Free from any phone, 24 hours a day, every day of the year.',
    es: 'Gratis desde cualquier teléfono, las 24 horas, todos los días del año. Atiende en inglés.',
  },
  call: '116123',
  display: '116 123',
};

/** Samaritans answer in both the UK and Ireland, on the same number. */
const SAMARITANS_BANNER: CrisisRegion['banner'] = {
  text: {
    en: 'In crisis? Call Samaritans on 116 123',
    es: '¿En crisis? Llama a Samaritans al 116 123',
  },
  call: '116123',
  show: '116 123',
};

export const CRISIS_REGIONS: Record<CrisisCode, CrisisRegion> = {
  US: {
    code: 'US',
    name: { en: 'United States', es: 'Estados Unidos' },
    banner: {
      text: {
        en: 'In crisis? Call or text 988',
        es: '¿En crisis? Llama o envía un mensaje al 988',
      },
      call: '988',
      show: '988',
    },
    contacts: [
      {
        name: {
          en: '988 Suicide & Crisis Lifeline',
          es: '988 Línea de Prevención del Suicidio y Crisis',
        },
        description: {
          en: 'Free and confidential, 24 hours a day, in English and Spanish.',
          es: 'Gratis y confidencial, las 24 horas. Te atienden en español: llama al 988 y marca el 2, o envía la palabra AYUDA por mensaje de texto al 988.',
        },
        call: '988',
        text: '988',
        textBody: { es: 'AYUDA' },
        display: '988',
        chatUrl: { en: 'https://988lifeline.org/chat/', es: 'https://988lineadevida.org/' },
      },
    ],
    emergency: { display: same('911'), call: '911' },
  },
  CA: {
    code: 'CA',
    name: { en: 'Canada', es: 'Canadá' },
    banner: {
      text: {
        en: 'In crisis? Call or text 9-8-8',
        es: '¿En crisis? Llama o envía un mensaje al 9-8-8',
      },
      call: '988',
      show: '9-8-8',
    },
    contacts: [
      {
        name: {
          en: '9-8-8 Suicide Crisis Helpline',
          es: '9-8-8: Línea de ayuda en crisis de suicidio',
        },
        description: {
          en: 'Free, 24 hours a day, in English and French.',
          es: 'Gratis, las 24 horas, en inglés y francés.',
        },
        call: '988',
        text: '988',
        display: '9-8-8',
      },
    ],
    emergency: { display: same('911'), call: '911' },
  },
  GB: {
    code: 'GB',
    name: { en: 'United Kingdom', es: 'Reino Unido' },
    banner: SAMARITANS_BANNER,
    contacts: [SAMARITANS],
    emergency: { display: { en: '999 or 112', es: '999 o 112' }, call: '999', also: '112' },
  },
  IE: {
    code: 'IE',
    name: { en: 'Ireland', es: 'Irlanda' },
    banner: SAMARITANS_BANNER,
    contacts: [SAMARITANS],
    emergency: { display: { en: '112 or 999', es: '112 o 999' }, call: '112', also: '999' },
  },
  INTL: {
    code: 'INTL',
    name: { en: 'Elsewhere', es: 'Otro país' },
    banner: {
      text: {
        en: 'In crisis? Find a helpline near you',
        es: '¿En crisis? Encuentra una línea de ayuda cerca de ti',
      },
    },
    contacts: [],
    emergency: {
      display: {
        en: 'your local emergency number',
        es: 'número de emergencias de tu zona',
      },
      call: '112',
    },
  },
};

/**
 * Emergency numbers for countries without lines of their own above, so a visitor from Mexico
 * or Spain sees the number that works there next to the international directory.
 */
const EMERGENCY_NUMBERS: Record<string, string> = {
  MX: '911',
  CO: '123',
  ES: '112',
  PT: '112',
  FR: '112',
  DE: '112',
  IT: '112',
  NL: '112',
  BE: '112',
  AU: '000',
  NZ: '111',
};

export const CRISIS_CODES = Object.keys(CRISIS_REGIONS) as CrisisCode[];

/** The lines for a country code (US, es-MX's MX...); a country with none here gets INTL. */
export function crisisRegionFor(country: string | undefined): CrisisRegion {
  const code = country?.toUpperCase();
  if (code === 'US' || code === 'CA' || code === 'GB' || code === 'IE') return CRISIS_REGIONS[code];
  const emergency = code ? EMERGENCY_NUMBERS[code] : undefined;
  if (!emergency) return CRISIS_REGIONS.INTL;
  return { ...CRISIS_REGIONS.INTL, emergency: { display: same(emergency), call: emergency } };
}

/** en-US, es-US -> US; en-GB -> GB; a locale with no known region gets the international page. */
export function crisisRegionForLocale(locale: string): CrisisRegion {
  return crisisRegionFor(locale.split('-')[1]);
}

/** A contact's sms: link, with the keyword the line asks for in this language. */
export function smsHref(contact: CrisisContact, locale: Locale): string | undefined {
  if (!contact.text) return undefined;
  const body = contact.textBody?.[locale];
  return body ? `sms:${contact.text}?body=${encodeURIComponent(body)}` : `sms:${contact.text}`;
}
