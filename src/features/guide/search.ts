/**
 * From answers to a directory search. Only the facets below ever leave the guide: the link is
 * built by the directory's own `filterToParams`, so it can carry nothing but directory filters.
 */

import type { GroupKind, Mode, TopicCode } from '../../shared/taxonomy/index.js';
import {
  type DirectoryFilter,
  type FilterDefaults,
  filterToParams,
  parseFilter,
} from '../directory/filters.js';
import type { GuideAnswers } from './answers.js';

export type GuideFilter = Pick<
  DirectoryFilter,
  'kind' | 'topics' | 'modes' | 'near' | 'days' | 'times' | 'free'
>;

/**
 * Groups listed under a close topic often welcome the same people (an alcohol group under
 * "addiction", a dementia carers' group under "caregivers"), so the search widens to them.
 */
const RELATED: Partial<Record<TopicCode, TopicCode[]>> = {
  addiction: ['alcohol', 'drugs'],
  alcohol: ['addiction'],
  drugs: ['addiction'],
  suicide_loss: ['grief'],
  dementia: ['caregivers'],
  caregivers: ['dementia'],
  chronic_pain: ['chronic_illness'],
};

export function topicsFor(answers: GuideAnswers): TopicCode[] {
  const topic = answers.topic;
  if (!topic || topic === 'other') return [];
  return [topic, ...(RELATED[topic] ?? [])];
}

/**
 * Hybrid groups can be joined either way, so both choices include them. "Either" with a place
 * lists every mode, because the directory adds online groups to a place search only when
 * `online` is asked for.
 */
function modesFor(answers: GuideAnswers): Mode[] {
  switch (answers.mode) {
    case 'online':
      return ['online', 'hybrid'];
    case 'in_person':
      return ['in_person', 'hybrid'];
    case 'either':
      return answers.place ? ['in_person', 'online', 'hybrid'] : [];
    default:
      return [];
  }
}

export function guideFilter(answers: GuideAnswers, kind?: GroupKind): GuideFilter {
  return {
    kind,
    topics: topicsFor(answers),
    modes: modesFor(answers),
    // Online people get no place: it would drop the very groups they asked for.
    near: answers.mode === 'online' ? undefined : answers.place,
    days: answers.days ?? [],
    times: answers.times ?? [],
    // Only a person who asked for free gets the free filter; "low cost" is not "free".
    free: answers.cost === 'free',
  };
}

/**
 * Any consistent defaults give the same link: the base filter takes its time zone, unit and
 * radius from them, so `filterToParams` leaves those out and the directory applies the
 * viewer's own. Pass the app's `filterDefaults(config)` when it is at hand.
 */
const NEUTRAL_DEFAULTS: FilterDefaults = { tz: 'UTC', unit: 'km' };

export function directoryParams(
  filter: GuideFilter,
  defaults: FilterDefaults = NEUTRAL_DEFAULTS,
): URLSearchParams {
  const base = parseFilter(new URLSearchParams(), defaults);
  if (!base.ok) throw new Error('the empty directory filter must parse');
  return filterToParams(base.filter, defaults, filter);
}

export const DIRECTORY_PATH = '/groups';

export function directoryHref(filter: GuideFilter, defaults?: FilterDefaults): string {
  const query = directoryParams(filter, defaults).toString();
  return query ? `${DIRECTORY_PATH}?${query}` : DIRECTORY_PATH;
}
