/**
 * Invented people, organisations and places for the demo directory. Any resemblance to a
 * real person or organisation is accidental; all web addresses use reserved example domains.
 */
import type { Rng } from './random.js';

/** Splits a comma-separated list written across lines. */
function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export const FIRST_NAMES = list(`
  Marisol, Dev, Aisha, Tomás, Grace, Kwame, Priya, Jonah, Mei, Luis, Fatima, Ellen, Darnell,
  Noor, Hannah, Rafael, Keiko, Omar, Bridget, Andre, Sofia, Malik, Ingrid, Joaquín, Leah, Samir,
  Colleen, Tyrone, Yuki, Beatriz, Ravi, Nadia, Callum, Imani, Pedro, Rosa, Declan, Amara, Wen,
  Hector, Siobhan, Marcus, Lena, Tariq, Esther, Bao, Carmen, Felix, Zainab, Owen, Paulette,
  Gustavo, Anika, Eamon, Lucia, Jamal, Thandiwe, Helen, Kai, Veronica, Ruth, Mateo, Shanice,
  Gareth, Ayumi, Bernard
`);

export const LAST_NAMES = list(`
  Okafor, Nguyen, Alvarez, Brennan, Chen, Haddad, Kowalski, Patel, Reyes, Sullivan, Thompson,
  Abernathy, Delgado, Fitzgerald, Gupta, Hoang, Ibrahim, Jensen, Kaur, Lindqvist, Morales,
  Nakamura, O'Connell, Petrova, Quintero, Rahman, Silva, Tanaka, Underwood, Vasquez, Whitfield,
  Yilmaz, Zamora, Adeyemi, Baptiste, Castellanos, Dubois, Eriksen, Farouk, Greenberg, Holloway,
  Iwu, Jovanovic, Kim, Lachance, MacLeod, Novak, Osei, Park
`);

/** "Marisol T.": peers are shown by first name and last initial only. */
export function peerName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES).charAt(0)}.`;
}

export function professionalName(rng: Rng): { first: string; full: string } {
  const first = rng.pick(FIRST_NAMES);
  return { first, full: `${first} ${rng.pick(LAST_NAMES)}` };
}

/** Credentials as they are usually written in each country (AU for online groups). */
export const CREDENTIALS: Record<string, readonly string[]> = {
  US: [
    'LCSW',
    'LCSW',
    'PhD, Licensed Psychologist',
    'PsyD, Licensed Psychologist',
    'LPC',
    'LMFT',
    'LMHC',
    'LPC, Certified Group Psychotherapist',
  ],
  CA: ['MSW, RSW', 'Registered Psychotherapist', 'PhD, C.Psych.', 'Canadian Certified Counsellor'],
  GB: [
    'Clinical Psychologist (HCPC registered)',
    'Counselling Psychologist (HCPC registered)',
    'BACP Accredited Counsellor',
    'UKCP Registered Psychotherapist',
    'CBT Therapist (BABCP accredited)',
  ],
  AU: ['Clinical Psychologist', 'Accredited Mental Health Social Worker'],
};

const ORG_PREFIXES = list(`
  Riverbend, Lantern House, Common Thread, Harbor Light, Northstar, Open Door, Willow Path,
  Cedar Grove, Quiet Harbor, Stillwater, Kindred Roots, Juniper, Meadowlark, Blue Heron,
  Wayfinder, Bridgewell, Two Rivers, Hearthstone, Larkspur, Tidewater, Greenhaven, Fieldstone,
  Morningside, Silver Birch
`);

const SUPPORT_ORG_SUFFIXES = [
  'Peer Support Network',
  'Community Wellness Collective',
  'Family Resource Center',
  'Mutual Aid Society',
  'Family Support Network',
  'Peer Support Project',
  'Wellbeing Trust',
  'Community Connections',
] as const;

const THERAPY_ORG_SUFFIXES = [
  'Community Counseling',
  'Psychology Group',
  'Counseling Center',
  'Behavioral Health Clinic',
  'Therapy Collective',
  'Center for Psychotherapy',
  'Psychological Services',
] as const;

/** UK and Canadian spelling for invented names and venues. */
export function localise(text: string, country: string): string {
  if (country === 'US') return text;
  return text
    .replace(/Center/g, 'Centre')
    .replace(/Counseling/g, 'Counselling')
    .replace(/Behavioral/g, 'Behavioural')
    .replace(/Neighborhood/g, 'Neighbourhood')
    .replace(/Harbor/g, 'Harbour');
}

export function organisationName(rng: Rng, kind: 'support' | 'therapy', country: string): string {
  const suffixes = kind === 'support' ? SUPPORT_ORG_SUFFIXES : THERAPY_ORG_SUFFIXES;
  return localise(`${rng.pick(ORG_PREFIXES)} ${rng.pick(suffixes)}`, country);
}

const NEIGHBOURHOODS = list(`
  Oakridge, Millbrook, Eastgate, Linden Park, Westbury, Fairhaven, Riverside, Hillcrest,
  Brookfield, Ashford, Maple Grove, Elmwood, Northfield, Cedar Hill, Lakeview, Stonebridge,
  Greenfield, Kingsley, Rosedale, Parkside
`);

const STREETS = list(`
  Maple, Linden, Chestnut, Harrison, Franklin, Albion, Orchard, Mill, Church, Victoria, Union,
  Walnut, Prospect, Highland, Sycamore, Grove, Spring, Market, Beacon, Garden, Willow, Station,
  Elm, Carlton
`);

const STREET_TYPES: Record<string, readonly string[]> = {
  US: ['Street', 'Avenue', 'Avenue', 'Boulevard', 'Road', 'Drive'],
  CA: ['Street', 'Avenue', 'Road', 'Boulevard', 'Crescent'],
  GB: ['Street', 'Road', 'Road', 'Lane', 'Terrace', 'Place'],
};

const SAINTS = ['Mark', 'Luke', 'Anne', 'Andrew', 'Columba', 'Bridget', 'Paul', 'Margaret'];

export type VenueType = 'community' | 'library' | 'church' | 'hospital' | 'clinic';

export function neighbourhood(rng: Rng): string {
  return rng.pick(NEIGHBOURHOODS);
}

export function streetAddress(rng: Rng, country: string): string {
  const types = STREET_TYPES[country] ?? STREET_TYPES.US ?? ['Street'];
  const street = `${rng.pick(STREETS)} ${rng.pick(types)}`;
  const number = country === 'GB' ? rng.int(2, 180) : rng.int(1, 48) * 50 + rng.int(0, 49);
  const unit =
    country !== 'GB' && rng.chance(0.15) ? `, Suite ${rng.int(1, 4)}${rng.int(0, 2)}0` : '';
  return `${number} ${street}${unit}`;
}

export function venueName(
  rng: Rng,
  type: VenueType,
  country: string,
  hood: string,
  organisation?: string,
): string {
  const room = rng.pick(['A', 'B', '2', '3', '101']);
  switch (type) {
    case 'community':
      return localise(
        rng.pick([`${hood} Community Center`, `${hood} Neighborhood House`, `${hood} Rec Center`]),
        country,
      );
    case 'library':
      return `${hood} ${country === 'GB' ? 'Library' : 'Branch Library'}, Meeting Room ${room}`;
    case 'church':
      return rng.chance(0.5)
        ? `St${country === 'GB' ? '' : '.'} ${rng.pick(SAINTS)}'s Church Hall`
        : `${hood} ${rng.pick(['United Methodist', 'Presbyterian', 'Lutheran', 'Baptist'])} Church, Fellowship Hall`;
    case 'hospital':
      return localise(
        `${rng.pick([`${hood} General Hospital`, `${hood} Medical Center`, `Mercy ${hood} Hospital`])}, Conference Room ${room}`,
        country,
      );
    case 'clinic':
      return organisation ?? localise(`${hood} Family Health Center`, country);
  }
}

export function onlineUrl(rng: Rng, slug: string): string {
  switch (rng.int(0, 2)) {
    case 0:
      return `https://meet.example.org/${slug}`;
    case 1:
      return `https://video.example.net/j/${rng.int(100, 999)}${rng.int(100000, 999999)}`;
    default:
      return `https://rooms.example.com/${slug.split('-').slice(0, 3).join('-')}-${rng.int(10, 99)}`;
  }
}
