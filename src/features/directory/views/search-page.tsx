import type { Child } from 'hono/jsx';
import { formatOccurrence } from '../../../shared/schedule/index.js';
import { topicLabel } from '../../../shared/taxonomy/index.js';
import { Icon } from '../../../views/icon.js';
import type { DirectoryFilter, FilterDefaults } from '../filters.js';
import { filterToParams, MAX_PAGE } from '../filters.js';
import {
  costText,
  count,
  distance,
  distanceText,
  placeText,
  seatsLeft,
  type Words,
  zoneLabel,
} from '../present.js';
import type { ResultRow } from '../queries.js';
import { FilterSection, filterCounts, SearchBar } from './search-form.js';

export type PlaceOutcome =
  | { status: 'none' }
  | { status: 'found'; label: string }
  | { status: 'ambiguous'; candidates: { label: string; query: string }[] }
  | { status: 'not_found'; reason: string };

type Props = {
  filter: DirectoryFilter;
  defaults: FilterDefaults;
  place: PlaceOutcome;
  total: number;
  /** Online listings a "near" search leaves out but would otherwise match. */
  onlineToo: number;
  results: ResultRow[];
  pageSize: number;
  view: 'list' | 'map';
  map: { tileUrl: string; attribution: string };
  w: Words;
  /** The crisis card, when the words searched for suggest the person may be in danger. */
  crisis?: Child;
  /** Therapy groups in these results led by a professional with a current verified licence. */
  verified: ReadonlySet<string>;
};

/**
 * One result as a card, in the order a person decides by: name, kind, when, how and where,
 * cost, room. The labels are for screen readers; the layout says the rest. The whole card is
 * the link's target (directory.css), the link itself is the name.
 */
function Result({
  row,
  filter,
  first,
  verified,
  w,
}: {
  row: ResultRow;
  filter: DirectoryFilter;
  first: boolean;
  verified: boolean;
  w: Words;
}) {
  const t = w.m.results;
  const seats = row.kind === 'therapy' ? seatsLeft(row) : null;
  const next =
    row.nextStart && row.nextEnd && row.nextTimezone
      ? formatOccurrence(
          { start: row.nextStart, end: row.nextEnd, localDate: '' },
          filter.tz,
          row.nextTimezone,
          w.locale,
        )
      : undefined;
  const closed = row.status === 'temporarily_closed';
  return (
    <li class={`result result--${row.kind}`}>
      {/* elementtiming: bench:page times when the first card is painted. */}
      <h3 class="result__name" elementtiming={first ? 'first-result' : undefined}>
        <a href={`/groups/${row.slug}`}>{row.name}</a>
      </h3>
      <p class="result__badges">
        <span class={`badge badge--${row.kind}`}>{w.m.kinds[row.kind]}</span>
        {verified ? <span class="badge badge--verified">{w.m.badge.verified}</span> : null}
        {closed ? <span class="badge badge--warning">{t.temporarilyClosed}</span> : null}
        {seats === 0 ? <span class="badge badge--neutral">{t.full}</span> : null}
      </p>
      <dl class="result__facts">
        {closed ? null : (
          <div class="result__when">
            <dt class="visually-hidden">{t.nextMeeting}</dt>
            <dd>
              {next ? (
                <>
                  <strong>{next.viewer}</strong>
                  {next.group ? <span class="muted">{t.localTime(next.group)}</span> : null}
                </>
              ) : (
                t.noMeetings
              )}
            </dd>
          </div>
        )}
        <div>
          <dt class="visually-hidden">{t.where}</dt>
          <dd>
            {placeText(row, w)}
            {/* An online meeting is as near as the screen: a distance from its address misleads. */}
            {row.distanceKm != null && row.mode !== 'online'
              ? ` · ${distanceText(row.distanceKm, filter.unit, w)}`
              : ''}
          </dd>
        </div>
        <div>
          <dt class="visually-hidden">{`${t.cost}, ${t.joining}`}</dt>
          <dd>
            {costText(row, w)} · {w.m.policiesShort[row.policy]}
            {seats != null && seats > 0 ? ` · ${t.seatsLeft(seats, count(seats, w))}` : ''}
          </dd>
        </div>
      </dl>
      <p class="result__topics">
        {row.topics.map((code) => topicLabel(code, w.locale)).join(' · ')}
      </p>
    </li>
  );
}

function ViewSwitch({
  filter,
  defaults,
  view,
  w,
}: Pick<Props, 'filter' | 'defaults' | 'view' | 'w'>) {
  const t = w.m.results;
  const params = filterToParams(filter, defaults, { page: 1 });
  const mapParams = new URLSearchParams(params);
  mapParams.set('view', 'map');
  return (
    <nav class="tabs" aria-label={t.viewSwitch}>
      <a href={`/groups?${params}`} aria-current={view === 'list' ? 'page' : undefined}>
        {t.list}
      </a>
      <a href={`/groups?${mapParams}`} aria-current={view === 'map' ? 'page' : undefined}>
        {t.map}
      </a>
    </nav>
  );
}

function ResultsMap({
  filter,
  defaults,
  map,
  w,
}: Pick<Props, 'filter' | 'defaults' | 'map' | 'w'>) {
  const points = `/api/v1/map?${filterToParams(filter, defaults, { page: 1 })}`;
  return (
    <>
      <section aria-label={w.m.results.mapLabel}>
        <div
          class="map"
          data-map="results"
          data-points={points}
          data-failed={w.m.results.mapFailed}
          data-empty={w.m.results.mapEmpty}
          data-one-place={w.m.results.mapOnePlace}
          data-places={w.m.results.mapPlaces}
          data-approximate-label={w.m.results.mapApproximate}
          data-tiles={map.tileUrl}
          data-attribution={map.attribution}
          hidden
        />
      </section>
      <p id="map-status" role="status" class="muted">
        {w.m.results.mapNeedsJs}
      </p>
    </>
  );
}

function Pagination({
  filter,
  defaults,
  total,
  pageSize,
  w,
}: Pick<Props, 'filter' | 'defaults' | 'total' | 'pageSize' | 'w'>) {
  const t = w.m.results;
  const pages = Math.ceil(total / pageSize);
  const hasNext = filter.page < Math.min(pages, MAX_PAGE);
  if (filter.page <= 1 && !hasNext) return null;
  const href = (page: number) => `/groups?${filterToParams(filter, defaults, { page })}`;
  return (
    <nav class="pagination" aria-label={t.pages}>
      {filter.page > 1 ? (
        <a class="page-link" href={href(filter.page - 1)} rel="prev">
          {t.previous}
        </a>
      ) : null}
      <span>{t.pageOf(count(filter.page, w), count(pages, w))}</span>
      {hasNext ? (
        <a class="page-link" href={href(filter.page + 1)} rel="next">
          {t.next}
        </a>
      ) : null}
    </nav>
  );
}

function EmptyState({
  filter,
  defaults,
  w,
}: {
  filter: DirectoryFilter;
  defaults: FilterDefaults;
  w: Words;
}) {
  const t = w.m.results;
  const wider = filter.near && filter.radius < 100;
  const withOnline = !filter.modes.includes('online') && filter.modes.length > 0;
  return (
    <div class="empty">
      <h2>{t.empty}</h2>
      <ul>
        {wider ? (
          <li>
            <a href={`/groups?${filterToParams(filter, defaults, { radius: 100, page: 1 })}`}>
              {t.lookWithin(distance(100, filter.unit, w))}
            </a>
          </li>
        ) : null}
        {filter.near || withOnline ? (
          <li>
            <a href={withOnlineHref(filter, defaults)}>{t.includeOnline}</a>
          </li>
        ) : null}
        <li>
          <a href="/groups">{t.clear}</a>
        </li>
      </ul>
    </div>
  );
}

/**
 * The same search with online listings added. No mode chosen means every mode, so the place's
 * own modes are named too: `mode=online` alone would show only online groups.
 */
function withOnlineHref(filter: DirectoryFilter, defaults: FilterDefaults) {
  const modes = filter.modes.length ? filter.modes : (['in_person', 'hybrid'] as const);
  return `/groups?${filterToParams(filter, defaults, { modes: [...new Set([...modes, 'online' as const])], page: 1 })}`;
}

/** "12 online groups also match": a near search never hides them silently. */
function OnlineToo({ props }: { props: Props }) {
  const { onlineToo, filter, defaults, w } = props;
  if (onlineToo === 0) return null;
  const t = w.m.results;
  return (
    <p class="results__also">
      {t.onlineToo(onlineToo, count(onlineToo, w))}{' '}
      <a href={withOnlineHref(filter, defaults)}>{t.showOnlineToo}</a>
    </p>
  );
}

function ResultsHeading({ props }: { props: Props }) {
  const { total, place, w } = props;
  const t = w.m.results;
  return (
    <h2 id="results-heading">
      {t.count(total, count(total, w))}
      {place.status === 'found' ? t.near(place.label) : ''}
    </h2>
  );
}

/** The Filters button: a link to the section without JavaScript, the sheet's opener with it. */
function FiltersButton({ filter, w }: { filter: DirectoryFilter; w: Words }) {
  const t = w.m.search;
  const n = filterCounts(filter).all;
  return (
    <a href="#filters" class="button button--secondary filters-button" data-open-filters>
      <Icon name="filters" />
      {n ? t.filtersSet(count(n, w)) : t.filters}
    </a>
  );
}

/**
 * The search page: the search bar, then the results at once (on a phone they start in the
 * first screen), then the filters, which JavaScript turns into a sheet. The results section is
 * also sent alone as the fragment that as-you-type search swaps in (routes.tsx).
 */
export function SearchPage(props: Props) {
  const { filter, w } = props;
  return (
    <div class="directory">
      {/* Named for screen readers and the tab's title; on screen the header's Find says it. */}
      <h1 class="visually-hidden">{w.m.search.heading}</h1>
      {/* Stays in place when results are replaced, so screen readers hear the new count. */}
      <p id="results-status" class="visually-hidden" role="status" aria-live="polite" />
      <SearchBar filter={filter} defaults={props.defaults} view={props.view} w={w} />
      <div class="results-toolbar">
        <FiltersButton filter={filter} w={w} />
        <ViewSwitch filter={filter} defaults={props.defaults} view={props.view} w={w} />
      </div>
      <Results {...props} />
      <FilterSection filter={filter} total={props.total} w={w} />
    </div>
  );
}

/** The results: what as-you-type search replaces, carrying the words the page updates with it. */
export function Results(props: Props) {
  const { filter, place, results, w } = props;
  const t = w.m.results;
  const n = filterCounts(filter).all;
  return (
    <section
      aria-labelledby="results-heading"
      class="results"
      data-show={w.m.search.showCount(props.total, count(props.total, w))}
      data-filters={n ? w.m.search.filtersSet(count(n, w)) : w.m.search.filters}
    >
      {props.crisis ?? null}
      {place.status === 'ambiguous' ? (
        <div class="notice" role="status">
          <p>{t.whichPlace}</p>
          <ul>
            {place.candidates.map((c) => (
              <li>
                <a
                  href={`/groups?${filterToParams(props.filter, props.defaults, { near: c.query, page: 1 })}`}
                >
                  {c.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {place.status === 'not_found' ? (
        <div class="notice" role="status">
          {/* The geocoder explains in English; each catalogue shows that or its own sentence. */}
          <p>{t.placeNotFound(filter.near ?? '', place.reason)}</p>
          <p>
            <a
              href={`/groups?${filterToParams(filter, props.defaults, { near: undefined, modes: ['online'], page: 1 })}`}
            >
              {t.onlineInstead}
            </a>
          </p>
        </div>
      ) : null}
      <ResultsHeading props={props} />
      <OnlineToo props={props} />
      {props.view === 'map' ? (
        <ResultsMap filter={filter} defaults={props.defaults} map={props.map} w={w} />
      ) : null}
      {results.length > 0 ? (
        <p class="muted" data-times={filter.tz}>
          {t.timesAre(zoneLabel(filter.tz, w))}
        </p>
      ) : null}
      {results.length > 0 ? (
        <ol class="result-list">
          {results.map((row, i) => (
            <Result
              row={row}
              filter={filter}
              first={i === 0}
              verified={props.verified.has(row.id)}
              w={w}
            />
          ))}
        </ol>
      ) : place.status === 'ambiguous' ? null : (
        <EmptyState filter={filter} defaults={props.defaults} w={w} />
      )}
      <Pagination
        filter={filter}
        defaults={props.defaults}
        total={props.total}
        pageSize={props.pageSize}
        w={w}
      />
    </section>
  );
}
