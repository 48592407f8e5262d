import type { Config } from '../../config.js';
import type { TopicCode } from '../../shared/taxonomy/index.js';
import { filterDefaults, filterToParams, parseFilter } from '../directory/filters.js';
import { type ResultRow, searchGroups } from '../directory/queries.js';
import type { SearchIndex } from '../directory/search-index.js';

export const RELATED_LIMIT = 3;

export type RelatedGroups = {
  groups: Pick<ResultRow, 'slug' | 'name' | 'kind' | 'mode' | 'city' | 'region'>[];
  /** The directory search with the same topics: /groups?topic=... */
  allHref: string;
};

/**
 * A few directory groups on any of an article's topics, found with the directory's own
 * filter parser and search, so the "see all" link shows exactly the same search.
 */
export async function relatedGroups(
  index: SearchIndex,
  config: Config,
  topics: TopicCode[],
): Promise<RelatedGroups | undefined> {
  if (topics.length === 0) return undefined;
  const defaults = filterDefaults(config);
  const parsed = parseFilter(new URLSearchParams(topics.map((t) => ['topic', t])), defaults);
  if (!parsed.ok) return undefined;
  const { results } = await searchGroups(index, parsed.filter, undefined);
  return {
    groups: results.slice(0, RELATED_LIMIT).map((g) => ({
      slug: g.slug,
      name: g.name,
      kind: g.kind,
      mode: g.mode,
      city: g.city,
      region: g.region,
    })),
    allHref: `/groups?${filterToParams(parsed.filter, defaults)}`,
  };
}
