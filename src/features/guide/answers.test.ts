import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersToFields,
  type GuideAnswers,
  type GuideFormBody,
  isStepAnswered,
  nextStep,
  parseGuideAnswers,
  previousStep,
  stepProgress,
} from './answers.js';
import { STEP_IDS, type Text } from './codes.js';
import { GUIDE_STEPS } from './questions.js';

const parse = (body: GuideFormBody) => {
  const r = parseGuideAnswers(body);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.answers;
};
const problems = (body: GuideFormBody) => {
  const r = parseGuideAnswers(body);
  return r.ok ? [] : r.problems;
};

describe('parseGuideAnswers', () => {
  it('reads a full form: single values, repeated checkboxes, text', () => {
    expect(
      parse({
        safety: 'no',
        topic: 'grief',
        hope: 'peers',
        structure: 'some',
        care: ['therapist', 'doctor'],
        mode: 'in_person',
        place: '  19103 ',
        day: ['3', '1', '3'],
        time: 'evening',
        cost: 'free',
      }),
    ).toEqual({
      safety: 'no',
      topic: 'grief',
      hope: 'peers',
      structure: 'some',
      care: ['therapist', 'doctor'],
      mode: 'in_person',
      place: '19103',
      days: [1, 3],
      times: ['evening'],
      cost: 'free',
    });
  });

  it('ignores fields it does not know (the form also posts its own controls)', () => {
    expect(parse({ safety: 'no', _step: 'hope', action: 'next', csrf: 'x', hope2: 'zzz' })).toEqual(
      { safety: 'no' },
    );
  });

  it('treats blank values as not answered', () => {
    expect(parse({ safety: '', hope: '', place: '   ', care: [] })).toEqual({});
  });

  it.each([
    ['hope', { hope: 'maybe' }],
    ['safety', { safety: 'perhaps' }],
    ['topic', { topic: 'astrology' }],
    ['care', { care: ['therapist', 'wizard'] }],
    ['day', { day: '7' }],
    ['time', { time: 'noon' }],
    ['cost', { cost: 'cheap' }],
    ['mode', { mode: ['online', 'in_person'] }],
    ['place', { place: 'x'.repeat(121) }],
  ] as [string, GuideFormBody][])('rejects a bad %s with a clear message', (field, body) => {
    const found = problems(body);
    expect(found.map((p) => p.field)).toContain(field);
    for (const p of found) {
      expect(p.message.startsWith(`${field}:`)).toBe(true);
      expect(p.text.en && p.text.es).toBeTruthy();
    }
  });

  it('names the allowed codes but never repeats what was sent', () => {
    const [p] = problems({ hope: 'my-secret-answer' });
    expect(p?.message).toContain('peers, professional, unsure');
    expect(p?.message).not.toContain('my-secret-answer');
  });

  it('drops "None of these" when something else is ticked too', () => {
    expect(parse({ care: ['none', 'hospital'] }).care).toEqual(['hospital']);
    expect(parse({ care: 'none' }).care).toEqual(['none']);
  });

  it('drops the place for online, keeps it for in person or either', () => {
    expect(parse({ mode: 'online', place: 'Leeds' }).place).toBeUndefined();
    expect(parse({ mode: 'either', place: 'Leeds' }).place).toBe('Leeds');
  });

  it('cleans control characters and runs of spaces out of the place', () => {
    expect(parse({ place: 'Portland,\n\tOR\u0000' }).place).toBe('Portland, OR');
  });
});

describe('answersToFields', () => {
  const full: GuideAnswers = {
    safety: 'no',
    topic: 'ocd',
    hope: 'unsure',
    care: ['doctor', 'severe'],
    mode: 'in_person',
    place: 'Leeds, UK',
    days: [0, 6],
    times: ['morning', 'night'],
    cost: 'insurance',
  };

  it('round-trips through the parser', () => {
    const body: Record<string, string[]> = {};
    for (const [name, value] of answersToFields(full)) body[name] = [...(body[name] ?? []), value];
    expect(parse(body)).toEqual(full);
  });

  it('leaves out the fields of the step on screen', () => {
    const names = answersToFields(full, 'when').map(([name]) => name);
    expect(names).not.toContain('day');
    expect(names).not.toContain('time');
    expect(names).toContain('cost');
  });
});

describe('steps', () => {
  it('has seven to nine steps, safety first and the only required one', () => {
    expect(GUIDE_STEPS.length).toBeGreaterThanOrEqual(7);
    expect(GUIDE_STEPS.length).toBeLessThanOrEqual(9);
    expect(GUIDE_STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(GUIDE_STEPS.filter((s) => s.required).map((s) => s.id)).toEqual(['safety']);
  });

  it('has every text in English and Spanish, and every option code accepted', () => {
    const texts: Text[] = [];
    for (const step of GUIDE_STEPS) {
      texts.push(step.title, ...(step.hint ? [step.hint] : []));
      for (const field of step.fields) {
        texts.push(field.legend);
        for (const o of field.options) {
          texts.push(o.label, ...(o.hint ? [o.hint] : []));
          expect(parseGuideAnswers({ [field.name]: o.code }).ok).toBe(true);
        }
      }
    }
    for (const text of texts) expect(text.en.trim() && text.es.trim()).toBeTruthy();
  });
});

describe('nextStep', () => {
  it('starts at the safety question and sends a yes to the crisis page at once', () => {
    expect(nextStep({})).toBe('safety');
    expect(nextStep({ safety: 'yes' }, 'safety')).toBe('crisis');
    expect(nextStep({ safety: 'yes', hope: 'peers' }, 'cost')).toBe('crisis');
  });

  it('walks the steps in order, skipping "where" for online', () => {
    expect(nextStep({ safety: 'no' }, 'safety')).toBe('topic');
    expect(nextStep({ safety: 'no', mode: 'in_person' }, 'mode')).toBe('place');
    expect(nextStep({ safety: 'no', mode: 'online' }, 'mode')).toBe('when');
    expect(nextStep({ safety: 'no' }, 'cost')).toBe('result');
  });

  it('lets optional steps be skipped, but not the safety question', () => {
    expect(nextStep({ safety: 'no' }, 'hope')).toBe('structure');
    expect(nextStep({}, 'hope')).toBe('safety');
    expect(nextStep({}, 'cost')).toBe('safety');
  });

  it('resumes at the first unanswered step', () => {
    expect(nextStep({ safety: 'no', topic: 'grief' })).toBe('hope');
  });

  it('never reaches the result without the safety answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(undefined, ...STEP_IDS), (after) => {
        expect(nextStep({ hope: 'peers', cost: 'any' }, after)).toBe('safety');
      }),
    );
  });

  it('goes back past a skipped "where", and counts only the steps shown', () => {
    expect(previousStep({ mode: 'online' }, 'when')).toBe('mode');
    expect(previousStep({ mode: 'in_person' }, 'when')).toBe('place');
    expect(previousStep({}, 'safety')).toBeUndefined();
    expect(stepProgress({ mode: 'online' }, 'cost')).toEqual({ number: 8, total: 8 });
    expect(stepProgress({}, 'topic')).toEqual({ number: 2, total: 9 });
  });

  it('knows when a step is answered', () => {
    expect(isStepAnswered('when', { times: ['evening'] })).toBe(true);
    expect(isStepAnswered('when', {})).toBe(false);
    expect(isStepAnswered('care', { care: ['none'] })).toBe(true);
    expect(isStepAnswered('hope', { hope: 'unsure' })).toBe(true);
  });
});
