/**
 * The mix: ten kinds of search, each with several variants (places, topics, days, zones) taken
 * in turn, so every round asks something different and no cache can answer for the database.
 */
export const QUERIES: [string, string[]][] = [
  [
    'postal code + topic',
    [
      'near=19103&topic=grief&topic=caregivers',
      'near=10007&topic=anxiety',
      'near=60602&topic=addiction&topic=alcohol',
      'near=98104&topic=depression',
      'near=02108&topic=cancer&topic=chronic_illness',
      'near=30303&topic=trauma',
      'near=80202&topic=grief',
      'near=78701&topic=caregivers&topic=dementia',
    ],
  ],
  [
    'text',
    [
      'q=anxiety%20skills',
      'q=grief',
      'q=recovery%20meeting',
      'q=caregiver%20support',
      'q=depression',
      'q=trauma%20group',
      'q=chronic%20pain',
      'q=parents',
    ],
  ],
  [
    'online evening, viewer zone',
    [
      'mode=online&time=evening&tz=America/Los_Angeles',
      'mode=online&time=evening&tz=America/New_York',
      'mode=online&time=morning&tz=Europe/London',
      'mode=online&time=afternoon&tz=America/Chicago',
      'mode=online&time=night&tz=America/Denver',
      'mode=online&time=evening&tz=Europe/London',
    ],
  ],
  [
    'therapy + technique + seats',
    [
      'kind=therapy&technique=cbt&seats=1',
      'kind=therapy&technique=dbt&seats=1',
      'kind=therapy&technique=act&seats=1',
      'kind=therapy&technique=mindfulness&seats=1',
      'kind=therapy&technique=interpersonal&seats=1',
      'kind=therapy&technique=psychoeducational&seats=1',
    ],
  ],
  ['next meeting, no filters', ['sort=next', 'sort=next&page=2', 'sort=next&page=3']],
  [
    'city + text, by distance',
    [
      'near=Chicago&radius=50&q=support&sort=distance',
      'near=Boston&radius=50&q=grief&sort=distance',
      'near=Seattle&radius=50&q=recovery&sort=distance',
      'near=Denver&radius=50&q=anxiety&sort=distance',
      'near=Atlanta&radius=50&q=support&sort=distance',
      'near=Philadelphia&radius=50&q=family&sort=distance',
    ],
  ],
  [
    'days + time + topic',
    [
      'day=2&day=4&time=evening&topic=anxiety&tz=America/New_York',
      'day=1&time=morning&topic=grief&tz=America/Chicago',
      'day=3&day=5&time=afternoon&topic=addiction&tz=America/Los_Angeles',
      'day=0&day=6&time=evening&topic=depression&tz=Europe/London',
      'day=2&time=night&topic=alcohol&tz=America/Denver',
      'day=4&time=evening&topic=caregivers&tz=America/New_York',
    ],
  ],
  [
    'Spanish, free',
    ['lang=es&cost=free', 'lang=zh&cost=free', 'lang=vi&cost=free', 'lang=pl&cost=free'],
  ],
  [
    'qualified city + audience',
    [
      'near=Portland%2C%20OR&mode=in_person&mode=hybrid&audience=women',
      'near=Portland%2C%20ME&mode=in_person&mode=hybrid&audience=men',
      'near=Kansas%20City%2C%20MO&mode=in_person&mode=hybrid&audience=veterans',
      'near=London%2C%20UK&mode=in_person&mode=hybrid&audience=lgbtq',
      'near=Springfield%2C%20IL&mode=in_person&mode=hybrid&audience=seniors',
      'near=Cambridge%2C%20MA&mode=in_person&mode=hybrid&audience=young_adults',
    ],
  ],
  [
    'happening soon',
    ['soon=1', 'soon=1&mode=online', 'soon=1&kind=support', 'soon=1&tz=Europe/London'],
  ],
];
