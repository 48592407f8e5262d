import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codes, TOPICS } from '../../shared/taxonomy/index.js';
import { type FilterDefaults, parseFilter } from '../directory/filters.js';
import type { GuideAnswers } from './answers.js';
import { CARE, COSTS, HOPES, MEETING_MODES, STEP_IDS, STRUCTURES, TIMES } from './codes.js';
import { DIFFERENCES, type Outcome, type ReasonId } from './reasons.js';
import { recommend } from './scoring.js';

const FILTER_KEYS = new Set(['kind', 'topic', 'mode', 'near', 'day', 'time', 'cost']);
const US: FilterDefaults = { tz: 'America/New_York', unit: 'mi' };
const no = { safety: 'no' } as const;
const query = (href: string) => href.split('?')[1] ?? '';

type Case = {
  name: string;
  answers: GuideAnswers;
  outcome: Outcome;
  /** The query string of each search button, in order. */
  queries: string[];
  /** Reasons that must be given, in this relative order. */
  reasons?: ReasonId[];
  /** Reasons that must not be given. */
  without?: ReasonId[];
};

const cases: Case[] = [
  // Crisis: nothing else matters, and nothing is searched.
  { name: 'safety yes', answers: { safety: 'yes' }, outcome: 'crisis', queries: [] },
  {
    name: 'safety yes beats every other answer',
    answers: { safety: 'yes', hope: 'peers', care: ['hospital'], mode: 'online', cost: 'free' },
    outcome: 'crisis',
    queries: [],
  },
  // The main outcomes.
  {
    name: 'only the safety answer: either, an open search',
    answers: no,
    outcome: 'either',
    queries: [''],
    reasons: ['either-support', 'either-therapy'],
  },
  {
    name: 'wants peers',
    answers: { ...no, hope: 'peers' },
    outcome: 'support',
    queries: ['kind=support'],
    reasons: ['hope-peers', 'privacy-support'],
  },
  {
    name: 'wants a professional',
    answers: { ...no, hope: 'professional' },
    outcome: 'therapy',
    queries: ['kind=therapy'],
    reasons: ['hope-professional', 'therapy-methods', 'privacy-therapy'],
  },
  {
    name: 'unsure, little structure, grief: support',
    answers: { ...no, hope: 'unsure', structure: 'loose', topic: 'grief' },
    outcome: 'support',
    queries: ['kind=support&topic=grief'],
    reasons: ['structure-loose', 'topic-peer', 'privacy-support'],
  },
  {
    name: 'unsure, structured, OCD: therapy',
    answers: { ...no, hope: 'unsure', structure: 'structured', topic: 'ocd' },
    outcome: 'therapy',
    queries: ['kind=therapy&topic=ocd'],
    reasons: ['structure-structured', 'topic-therapy', 'privacy-therapy'],
  },
  {
    name: 'unsure with only a slight lean: either',
    answers: { ...no, hope: 'unsure', structure: 'loose' },
    outcome: 'either',
    queries: [''],
  },
  // Conflicting answers: an outcome, and the tension named.
  {
    name: 'peers but structured: support, tension named',
    answers: { ...no, hope: 'peers', structure: 'structured' },
    outcome: 'support',
    queries: ['kind=support'],
    reasons: ['hope-peers', 'tension-peers-structured'],
    without: ['structure-structured'],
  },
  {
    name: 'professional but loose: therapy, tension named',
    answers: { ...no, hope: 'professional', structure: 'loose' },
    outcome: 'therapy',
    queries: ['kind=therapy'],
    reasons: ['hope-professional', 'tension-professional-loose'],
  },
  {
    name: 'professional, loose and free only: either, both tensions named',
    answers: { ...no, hope: 'professional', structure: 'loose', cost: 'free' },
    outcome: 'either',
    queries: ['cost=free'],
    reasons: ['hope-professional', 'tension-professional-loose', 'cost-free-therapy'],
    without: ['therapy-methods'],
  },
  {
    name: 'professional and free only: therapy explained, free support groups second',
    answers: { ...no, hope: 'professional', cost: 'free' },
    outcome: 'therapy',
    queries: ['kind=therapy&cost=free', 'kind=support&cost=free'],
    reasons: ['hope-professional', 'cost-free-therapy'],
  },
  {
    name: 'peers, structured and OCD: either',
    answers: { ...no, hope: 'peers', structure: 'structured', topic: 'ocd' },
    outcome: 'either',
    queries: ['topic=ocd'],
    reasons: ['hope-peers', 'tension-peers-structured', 'topic-therapy'],
  },
  {
    name: 'peers and OCD: support, with a therapy group as second suggestion',
    answers: { ...no, hope: 'peers', topic: 'ocd' },
    outcome: 'support',
    queries: ['kind=support&topic=ocd', 'kind=therapy&topic=ocd'],
    without: ['topic-therapy'],
  },
  // One-to-one help first, and when a clinician is already there.
  {
    name: 'recent hospital stay, no clinician',
    answers: { ...no, hope: 'peers', care: ['hospital'], topic: 'depression' },
    outcome: 'individual_first',
    queries: ['kind=support&topic=depression'],
    reasons: ['needs-hospital'],
  },
  {
    name: 'medication and severe, wanting a professional: both needs, most pressing first',
    answers: { ...no, hope: 'professional', care: ['severe', 'medication'] },
    outcome: 'individual_first',
    queries: ['kind=support'],
    reasons: ['needs-medication', 'needs-severe'],
  },
  {
    name: 'hospital stay but a therapist already: the group suggested, ask them first',
    answers: { ...no, hope: 'peers', care: ['therapist', 'hospital'] },
    outcome: 'support',
    queries: ['kind=support'],
    reasons: ['care-ask-clinician', 'hope-peers'],
  },
  {
    name: 'therapist already and wants a professional: support group alongside',
    answers: { ...no, hope: 'professional', care: ['therapist'] },
    outcome: 'therapy',
    queries: ['kind=therapy', 'kind=support'],
    reasons: ['hope-professional', 'care-ask-clinician'],
  },
  {
    name: 'a doctor already and wants peers',
    answers: { ...no, hope: 'peers', care: ['doctor'] },
    outcome: 'support',
    queries: ['kind=support'],
    reasons: ['hope-peers', 'care-alongside'],
  },
  {
    name: 'therapy, a peer-tradition topic: support second',
    answers: { ...no, hope: 'professional', topic: 'cancer' },
    outcome: 'therapy',
    queries: ['kind=therapy&topic=cancer', 'kind=support&topic=cancer'],
  },
  // Mode and place.
  {
    name: 'online: hybrid included, no place even if one slipped through',
    answers: { ...no, hope: 'peers', mode: 'online', place: '19103' },
    outcome: 'support',
    queries: ['kind=support&mode=online&mode=hybrid'],
  },
  {
    name: 'in person with a postal code',
    answers: { ...no, hope: 'peers', mode: 'in_person', place: '19103' },
    outcome: 'support',
    queries: ['kind=support&mode=in_person&mode=hybrid&near=19103'],
  },
  {
    name: 'in person without a place',
    answers: { ...no, hope: 'professional', mode: 'in_person' },
    outcome: 'therapy',
    queries: ['kind=therapy&mode=in_person&mode=hybrid'],
  },
  {
    name: 'either mode with a place keeps online groups in',
    answers: { ...no, hope: 'peers', mode: 'either', place: 'Portland, OR' },
    outcome: 'support',
    queries: ['kind=support&mode=in_person&mode=online&mode=hybrid&near=Portland%2C+OR'],
  },
  {
    name: 'either mode without a place: no mode filter',
    answers: { ...no, hope: 'peers', mode: 'either' },
    outcome: 'support',
    queries: ['kind=support'],
  },
  // Days, times, cost and topics.
  {
    name: 'days and times',
    answers: { ...no, hope: 'peers', days: [1, 3], times: ['evening', 'night'] },
    outcome: 'support',
    queries: ['kind=support&day=1&day=3&time=evening&time=night'],
  },
  {
    name: 'times without days',
    answers: { ...no, hope: 'peers', times: ['morning'] },
    outcome: 'support',
    queries: ['kind=support&time=morning'],
  },
  {
    name: 'low cost is not free: no cost filter, the fee explained',
    answers: { ...no, hope: 'professional', cost: 'low' },
    outcome: 'therapy',
    queries: ['kind=therapy'],
    reasons: ['cost-paid-therapy'],
  },
  {
    name: 'insurance with peers: explained, no filter',
    answers: { ...no, hope: 'peers', cost: 'insurance' },
    outcome: 'support',
    queries: ['kind=support'],
    reasons: ['cost-support'],
  },
  {
    name: 'free with peers: cost=free',
    answers: { ...no, hope: 'peers', cost: 'free' },
    outcome: 'support',
    queries: ['kind=support&cost=free'],
    reasons: ['cost-support'],
  },
  {
    name: 'no cost limit: no cost reason',
    answers: { ...no, hope: 'peers', cost: 'any' },
    outcome: 'support',
    queries: ['kind=support'],
    without: ['cost-support', 'cost-paid-therapy', 'cost-free-therapy'],
  },
  {
    name: 'alcohol widens to addiction',
    answers: { ...no, hope: 'peers', topic: 'alcohol' },
    outcome: 'support',
    queries: ['kind=support&topic=alcohol&topic=addiction'],
  },
  {
    name: 'suicide loss widens to grief',
    answers: { ...no, hope: 'peers', topic: 'suicide_loss' },
    outcome: 'support',
    queries: ['kind=support&topic=suicide_loss&topic=grief'],
  },
  {
    name: 'something else: no topic',
    answers: { ...no, hope: 'peers', topic: 'other' },
    outcome: 'support',
    queries: ['kind=support'],
  },
];

describe('recommend', () => {
  it.each(cases)('$name', ({ answers, outcome, queries, reasons, without }) => {
    const r = recommend(answers);
    expect(r.outcome).toBe(outcome);
    expect(r.searches.map((s) => query(s.href))).toEqual(queries);
    const ids = r.reasons.map((x) => x.id);
    const at = (reasons ?? []).map((id) => ids.indexOf(id));
    expect(
      at.every((i) => i >= 0),
      `missing from ${ids.join(', ')}`,
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const id of without ?? []) expect(ids).not.toContain(id);
    // A second button always comes with the reason for it.
    expect(r.searches.filter((s) => s.role === 'secondary').length).toBe(r.secondary ? 1 : 0);
  });

  it('gives the same links whatever the directory defaults', () => {
    const answers: GuideAnswers = { ...no, hope: 'peers', mode: 'in_person', place: 'Leeds' };
    const hrefs = [undefined, US, { tz: 'Europe/London', unit: 'km' as const, radius: 10 }].map(
      (d) => recommend(answers, d).searches[0]?.href,
    );
    expect(new Set(hrefs)).toEqual(
      new Set(['/groups?kind=support&mode=in_person&mode=hybrid&near=Leeds']),
    );
  });
});

const answersArb: fc.Arbitrary<GuideAnswers> = fc.record(
  {
    safety: fc.constantFrom('yes' as const, 'no' as const),
    topic: fc.constantFrom(...codes(TOPICS), 'other' as const),
    hope: fc.constantFrom(...HOPES),
    structure: fc.constantFrom(...STRUCTURES),
    care: fc.subarray([...CARE], { minLength: 1 }),
    mode: fc.constantFrom(...MEETING_MODES),
    place: fc.string({ minLength: 1, maxLength: 120 }).map((s) => s.trim() || 'Leeds'),
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 })).map((d) => d.sort()),
    times: fc.subarray([...TIMES]),
    cost: fc.constantFrom(...COSTS),
  },
  { requiredKeys: [] },
);

describe('recommend, for any answers', () => {
  it('links carry only directory filters, and the directory parses them', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const s of recommend(answers, US).searches) {
          const params = new URLSearchParams(query(s.href));
          for (const key of params.keys()) expect(FILTER_KEYS.has(key)).toBe(true);
          expect(parseFilter(params, US).ok).toBe(true);
          expect(params.get('cost') === 'free').toBe(answers.cost === 'free');
          if (answers.mode === 'online') expect(params.has('near')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, crisis exactly when the safety answer is yes, reasons well formed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = recommend(answers);
        expect(recommend(answers)).toEqual(r);
        expect(r.outcome === 'crisis').toBe(answers.safety === 'yes');
        if (r.outcome !== 'crisis') expect(r.reasons.length).toBeGreaterThan(0);
        for (const x of [...r.reasons, ...(r.secondary ? [r.secondary.reason] : [])]) {
          expect(DIFFERENCES).toContain(x.difference);
          expect(STEP_IDS).toContain(x.answer);
          expect(x.text.en.length * x.text.es.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
