/** Names, summaries and descriptions for demo groups, built from the templates. */

import {
  type LanguageCode,
  languageLabel,
  type TopicCode,
  topicLabel,
} from '../../../shared/taxonomy/index.js';
import type { CostInput } from '../model.js';
import type { Rng } from './random.js';
import {
  APPROVAL_NOTES,
  MEETING_FORMATS,
  type NameEntry,
  ONLINE_NOTES,
  PEER_NOTES,
  SPANISH,
  type TherapyTemplate,
} from './templates.js';

export type NameTokens = { day?: string; part?: string; city?: string; weeks?: number };

export type ChosenName = Exclude<NameEntry, string> & { text: string };

/** Fills `{day}`, `{part}`, `{city}` and `{weeks}`; undefined when a token has no value. */
export function fillName(entry: NameEntry, tokens: NameTokens): ChosenName | undefined {
  const chosen = typeof entry === 'string' ? { text: entry } : entry;
  let missing = false;
  const text = chosen.text.replace(/\{(day|part|city|weeks)\}/g, (_, key: keyof NameTokens) => {
    const value = tokens[key];
    if (value === undefined) missing = true;
    return String(value ?? '');
  });
  return missing ? undefined : { ...chosen, text };
}

/** A name from `entries` that can be filled and is not in `taken`, if there is one. */
export function chooseName(
  rng: Rng,
  entries: readonly NameEntry[],
  tokens: NameTokens,
  taken: (name: string) => boolean,
): ChosenName {
  const options = rng
    .shuffle([...entries])
    .map((entry) => fillName(entry, tokens))
    .filter((entry): entry is ChosenName => entry !== undefined);
  const chosen = options.find((option) => !taken(option.text)) ?? options[0];
  if (!chosen) throw new Error('no usable name template');
  return chosen;
}

export function spanishName(rng: Rng, topic: TopicCode, therapy: boolean, weeks?: number) {
  const patterns = therapy ? SPANISH.therapyNames : SPANISH.supportNames;
  const pattern = rng.pick(weeks ? patterns : patterns.filter((p) => !p.includes('{weeks}')));
  return pattern.replace('{topic}', topicLabel(topic, 'es')).replace('{weeks}', String(weeks));
}

export function durationText(minutes: number): string {
  if (minutes <= 60) return 'about an hour';
  if (minutes <= 75) return 'about an hour and a quarter';
  if (minutes <= 90) return 'about an hour and a half';
  return 'about two hours';
}

/** A sentence about the meeting language(s), or nothing for English-only groups. */
export function languageNote(languages: readonly LanguageCode[]): string | undefined {
  const label = (code: LanguageCode) => languageLabel(code, 'en');
  const others = languages.filter((code) => code !== 'en');
  const [other] = others;
  if (!other) return undefined;
  if (other === 'asl') {
    return 'Meetings are held in American Sign Language, with voice interpretation for hearing members.';
  }
  if (languages.includes('en')) {
    return other === 'fr'
      ? 'Meetings are bilingual: French and English are both welcome.'
      : `Meetings are bilingual in English and ${label(other)}.`;
  }
  return `This group meets in ${label(other)}.`;
}

export type SupportText = {
  /** Who the group is for, then (optionally) what members talk about. */
  about: string[];
  languages: readonly LanguageCode[];
  durationMinutes: number;
  online: boolean;
  oneOff: boolean;
  approval: boolean;
};

export function supportDescription(rng: Rng, text: SupportText): string {
  const [who = '', ...more] = text.about;
  const intro = [who, languageNote(text.languages)].filter(Boolean).join(' ');
  const format = text.oneOff
    ? `This is a one-off gathering rather than a regular meeting. Over ${durationText(text.durationMinutes)} there will be time to talk in small groups and to hear about ongoing support${text.online ? ' you can join from home' : ' nearby, with refreshments'}.`
    : rng.pick(MEETING_FORMATS).replace('{duration}', durationText(text.durationMinutes));
  const paragraphs = [intro, ...more, text.online ? `${format} ${rng.pick(ONLINE_NOTES)}` : format];
  if (text.approval) paragraphs.push(rng.pick(APPROVAL_NOTES));
  else if (paragraphs.length < 4 && rng.chance(0.65)) paragraphs.push(rng.pick(PEER_NOTES));
  return paragraphs.join('\n\n');
}

export function spanishDescription(therapy: boolean): string {
  return (therapy ? SPANISH.therapyDescription : SPANISH.supportDescription).join('\n\n');
}

const SYMBOLS: Record<string, string> = { USD: '$', CAD: '$', AUD: '$', GBP: '£' };

function money(cents: number, currency: string): string {
  return `${SYMBOLS[currency] ?? `${currency} `}${Math.round(cents / 100)}`;
}

function costSentence(cost: CostInput): string {
  const currency = cost.currency ?? 'USD';
  let sentence = '';
  if (cost.kind === 'fixed' && cost.amountCents) {
    sentence = `The fee is ${money(cost.amountCents, currency)} per session.`;
  } else if (cost.kind === 'sliding_scale' && cost.amountCents && cost.minAmountCents) {
    sentence = `Fees are on a sliding scale from ${money(cost.minAmountCents, currency)} to ${money(cost.amountCents, currency)} per session; talk to us if cost is a barrier.`;
  }
  if (cost.insurance) {
    sentence +=
      ' We can bill many insurance plans; check with your insurer about group therapy coverage.';
  }
  return sentence.trim();
}

export type TherapyText = {
  template: TherapyTemplate;
  languages: readonly LanguageCode[];
  sessions?: number;
  durationMinutes: number;
  capacity: number;
  cost: CostInput;
  online: boolean;
};

export function therapyDescription(rng: Rng, text: TherapyText): string {
  const { template } = text;
  const intro = [template.focus, languageNote(text.languages)].filter(Boolean).join(' ');
  const list = `In the group you will practise:\n\n${template.practise.map((item) => `- ${item}`).join('\n')}`;
  const length = durationText(text.durationMinutes).replace('about ', '');
  const structure = text.sessions
    ? `The group meets for ${text.sessions} weekly sessions of ${length}. Places are limited to ${text.capacity}, and the same members stay together from start to finish. Each session mixes a short teaching segment, practice together and a plan for the week ahead.`
    : `This is an ongoing group of up to ${text.capacity} members meeting weekly for ${length}. People join when a place opens and usually stay for several months, so trust builds over time.`;
  const screening = rng.pick([
    'Everyone has a short screening conversation with one of the therapists before joining. It is a chance to ask questions and to check together that the group is the right fit; if it is not, we will help you look for something that is.',
    `Joining starts with an application and a ${rng.pick([20, 30, 45])}-minute screening appointment, ${text.online ? 'by video' : 'in person or by video'}. The group works alongside, not instead of, any individual care you already have.`,
  ]);
  return [intro, list, structure, [screening, costSentence(text.cost)].join(' ').trim()].join(
    '\n\n',
  );
}
