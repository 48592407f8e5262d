// A synthetic Meeting Guide feed that looks like a real intergroup's: string coordinates, day
// arrays, 12-hour times, type codes, online and hybrid meetings, one-line addresses and a few
// records a real feed gets wrong. Deterministic: the same count gives the same feed.

/** Towns in the Philadelphia area with a postal code and a centre, so the geocoder places them. */
const TOWNS = [
  ['Philadelphia', 'PA', '19103', 39.9526, -75.1652],
  ['Philadelphia', 'PA', '19147', 39.9365, -75.1543],
  ['Camden', 'NJ', '08102', 39.9459, -75.1196],
  ['Cherry Hill', 'NJ', '08002', 39.9348, -75.0307],
  ['Norristown', 'PA', '19401', 40.1215, -75.3399],
  ['Media', 'PA', '19063', 39.9168, -75.3877],
  ['Wilmington', 'DE', '19801', 39.7391, -75.5398],
  ['Trenton', 'NJ', '08608', 40.2206, -74.7597],
  ['Doylestown', 'PA', '18901', 40.3101, -75.1299],
  ['West Chester', 'PA', '19380', 39.9607, -75.6055],
] as const;

const VENUES = [
  'St. Mark Church',
  'Community Center',
  'Public Library',
  'Friends Meeting House',
  'Hospital Annex',
  'Recovery Clubhouse',
];
const WORDS = [
  'Serenity',
  'New Hope',
  'Daily Reprieve',
  'Keep It Simple',
  'Happy Destiny',
  'Came to Believe',
  'Spiritual Awakening',
  'Big Book',
  'Into Action',
  'Promises',
];
const TYPES = [
  ['O', 'D'],
  ['C', 'BB'],
  ['O', 'SP'],
  ['C', 'ST', 'W'],
  ['O', 'B', 'X'],
  ['C', 'D', 'LGBTQ'],
  ['O', 'S', 'ES'],
];

/** A small seeded generator (mulberry32), so runs compare like with like. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** 12-hour clock, as many feeds publish it ("7:30 PM"), or 24-hour ("19:30"). */
function clock(r: () => number, hour: number, minute: number) {
  if (r() < 0.3) {
    const h = hour % 12 || 12;
    return `${h}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function syntheticFeed(count: number, seed = 7): Record<string, unknown>[] {
  const r = random(seed);
  const feed: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const [city, state, zip, lat, lon] = pick(r, TOWNS);
    const hour = pick(r, [7, 8, 10, 12, 17, 18, 19, 20]);
    const minute = pick(r, [0, 0, 30, 15]);
    const mode = r();
    const online = mode < 0.15;
    const hybrid = !online && mode < 0.25;
    const record: Record<string, unknown> = {
      name: `${pick(r, WORDS)} Group ${i + 1}`,
      slug: `meeting-${i + 1}`,
      // Most meet once a week; some on several days, given as an array.
      day: r() < 0.15 ? [1, 3, 5] : Math.floor(r() * 7),
      time: clock(r, hour, minute),
      end_time: clock(r, hour + 1, minute),
      types: [...pick(r, TYPES), ...(online ? ['ONL'] : hybrid ? ['ONL', 'HY'] : [])],
      notes: r() < 0.4 ? 'Use the side door. Meeting is wheelchair accessible.' : '',
      updated: '2026-11-02 18:04:11',
      timezone: 'America/New_York',
    };
    if (!online) {
      Object.assign(record, {
        location: `${pick(r, VENUES)} ${1 + (i % 9)}`,
        // Half as separate fields with string coordinates, half as one line a geocoder must read.
        ...(r() < 0.5
          ? {
              address: `${100 + (i % 800)} Main St`,
              city,
              state,
              postal_code: zip,
              country: 'US',
              latitude: String((lat + (r() - 0.5) * 0.05).toFixed(6)),
              longitude: String((lon + (r() - 0.5) * 0.05).toFixed(6)),
            }
          : { formatted_address: `${100 + (i % 800)} Main St, ${city}, ${state} ${zip}, USA` }),
      });
    }
    if (online || hybrid) {
      record.conference_url = `https://zoom.us/j/${9000000000 + i}`;
      record.conference_phone = '+16465588656';
    }
    // About 2 in 100 are broken the way real feeds are: no time, a day that is not one.
    if (i % 50 === 7) delete record.time;
    if (i % 50 === 31) record.day = 9;
    feed.push(record);
  }
  return feed;
}
