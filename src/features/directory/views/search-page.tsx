import type { DirectoryFilter, FilterDefaults } from '../filters.js';
import { filterToParams, MAX_PAGE, TIMES_OF_DAY } from '../filters.js';
import {
  COMMON_ZONES,
  costText,
  count,
  distance,
  distanceText,
  placeText,
  seatsLeft,
  topicLabel,
  type Words,
  zoneLabel,
} from '../present.js';
import type { ResultRow } from '../queries.js';
import { formatOccurrence } from '../schedule/index.js';
import { ACCESS_FEATURES, AUDIENCES, codes, LANGUAGES, TECHNIQUES, TOPICS } from '../taxonomy.js';

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
};

function Checkboxes(props: {
  legend: string;
  name: string;
  options: [string, string][];
  selected: readonly (string | number)[];
}) {
  return (
    <fieldset class="checks">
      <legend>{props.legend}</legend>
      {props.options.map(([value, text]) => (
        <label>
          <input
            type="checkbox"
            name={props.name}
            value={value}
            checked={props.selected.map(String).includes(value)}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}

const vocab = (v: Record<string, { en: string; es: string }>, w: Words) =>
  codes(v).map((code) => [code, v[code]![w.locale]] as [string, string]);

export function SearchForm({
  filter,
  defaults,
  view,
  w,
}: {
  filter: DirectoryFilter;
  defaults: FilterDefaults;
  view: 'list' | 'map';
  w: Words;
}) {
  const t = w.m.search;
  const zones = COMMON_ZONES.includes(filter.tz) ? COMMON_ZONES : [filter.tz, ...COMMON_ZONES];
  // How many values each folded section holds: a section with any opens by itself.
  const more =
    filter.languages.length +
    filter.audiences.length +
    filter.access.length +
    filter.techniques.length +
    filter.policies.length +
    Number(filter.free) +
    Number(filter.seats) +
    Number(Boolean(filter.startsWithinWeeks));
  const whenCount = filter.days.length + filter.times.length + Number(filter.soon);
  const filterCount = filter.modes.length + filter.topics.length + whenCount + more;
  const moreOpen = more > 0;
  // On a phone the results matter more than the form: extra filters stay folded until used.
  const filtersOpen = filterCount > 0;
  return (
    <form class="search-form" method="get" action="/groups" aria-label={t.formLabel}>
      <div class="field-row">
        <p class="field">
          <label for="q">{t.q}</label>
          <input
            id="q"
            name="q"
            type="search"
            value={filter.q ?? ''}
            placeholder={t.qPlaceholder}
          />
        </p>
        <p class="field">
          <label for="near">{t.near}</label>
          <input
            id="near"
            name="near"
            type="text"
            value={filter.near ?? ''}
            placeholder={t.nearPlaceholder}
            autocomplete="postal-code"
          />
          {/* The browser module reads its status words from here: the page's language. */}
          <button
            type="button"
            class="link-button"
            data-locate
            data-locating={t.locating}
            data-failed={t.locateFailed}
            hidden
          >
            {t.locate}
          </button>
        </p>
        <p class="field field--small">
          <label for="radius">{t.within}</label>
          <select id="radius" name="radius">
            {[...new Set([5, 10, 25, 40, 50, 100, filter.radius])]
              .sort((a, b) => a - b)
              .map((r) => (
                <option value={String(r)} selected={filter.radius === r}>
                  {distance(r, filter.unit, w)}
                </option>
              ))}
          </select>
          <input type="hidden" name="unit" value={filter.unit} />
        </p>
      </div>
      <fieldset class="checks checks--inline">
        <legend>{t.kind}</legend>
        {(
          [
            ['', t.kindBoth],
            ['support', t.kindSupport],
            ['therapy', t.kindTherapy],
          ] as const
        ).map(([value, text]) => (
          <label>
            <input type="radio" name="kind" value={value} checked={(filter.kind ?? '') === value} />{' '}
            {text}
          </label>
        ))}
      </fieldset>
      <details class="filters" open={filtersOpen}>
        <summary>{filterCount ? t.filtersSet(count(filterCount, w)) : t.filters}</summary>
        <Checkboxes
          legend={t.modes}
          name="mode"
          options={Object.entries(w.m.modes)}
          selected={filter.modes}
        />
        <details open={filter.topics.length > 0}>
          <summary>
            {filter.topics.length ? t.topicsChosen(count(filter.topics.length, w)) : t.topics}
          </summary>
          <Checkboxes
            legend={t.topics}
            name="topic"
            options={vocab(TOPICS, w)}
            selected={filter.topics}
          />
        </details>
        <details open={whenCount > 0}>
          <summary>{t.dayAndTime}</summary>
          <Checkboxes
            legend={t.days}
            name="day"
            options={w.m.days.map((d, i) => [String(i), d])}
            selected={filter.days}
          />
          <Checkboxes
            legend={t.timeOfDay}
            name="time"
            options={Object.entries(TIMES_OF_DAY).map(([k, v]) => [k, v[w.locale]])}
            selected={filter.times}
          />
          <label class="check">
            <input type="checkbox" name="soon" value="1" checked={filter.soon} /> {t.soon}
          </label>
        </details>
        <details open={moreOpen}>
          <summary>{t.more}</summary>
          <Checkboxes
            legend={t.language}
            name="lang"
            options={vocab(LANGUAGES, w)}
            selected={filter.languages}
          />
          <label class="check">
            <input type="checkbox" name="cost" value="free" checked={filter.free} /> {t.free}
          </label>
          <Checkboxes
            legend={t.audience}
            name="audience"
            options={vocab(AUDIENCES, w)}
            selected={filter.audiences}
          />
          <Checkboxes
            legend={t.access}
            name="access"
            options={vocab(ACCESS_FEATURES, w)}
            selected={filter.access}
          />
          <Checkboxes
            legend={t.policy}
            name="policy"
            options={Object.entries(t.policyOptions)}
            selected={filter.policies}
          />
          <Checkboxes
            legend={t.technique}
            name="technique"
            options={vocab(TECHNIQUES, w)}
            selected={filter.techniques}
          />
          <label class="check">
            <input type="checkbox" name="seats" value="1" checked={filter.seats} /> {t.seats}
          </label>
          <p class="field field--small">
            <label for="starts_within">{t.startsWithin}</label>
            <select id="starts_within" name="starts_within">
              <option value="">{t.anyTime}</option>
              {[...new Set([2, 4, 8, 12, 26, 52, filter.startsWithinWeeks ?? 2])]
                .sort((a, b) => a - b)
                .map((weeks) => (
                  <option value={String(weeks)} selected={filter.startsWithinWeeks === weeks}>
                    {t.weeks(count(weeks, w))}
                  </option>
                ))}
            </select>
          </p>
        </details>
        <div class="field-row">
          <p class="field">
            <label for="tz">{t.timesIn}</label>
            <select id="tz" name="tz" data-timezone>
              {zones.map((zone) => (
                <option value={zone} selected={zone === filter.tz}>
                  {zoneLabel(zone, w)}
                </option>
              ))}
            </select>
          </p>
          <p class="field field--small">
            <label for="sort">{t.sort}</label>
            <select id="sort" name="sort">
              <option value="next" selected={filter.sort === 'next'}>
                {t.sortNext}
              </option>
              <option value="distance" selected={filter.sort === 'distance'}>
                {t.sortDistance}
              </option>
              <option value="relevance" selected={filter.sort === 'relevance'}>
                {t.sortRelevance}
              </option>
            </select>
          </p>
        </div>
      </details>
      {/* Filters the form has no control for travel with it, so submitting keeps them. */}
      {filter.source ? (
        <p class="muted">
          <input type="hidden" name="source" value={filter.source} />
          {w.m.results.fromSource(filter.source)}{' '}
          <a href={`/groups?${filterToParams(filter, defaults, { source: undefined, page: 1 })}`}>
            {w.m.results.allSources}
          </a>
        </p>
      ) : null}
      {view === 'map' ? <input type="hidden" name="view" value="map" /> : null}
      <button type="submit" class="button">
        {t.submit}
      </button>
    </form>
  );
}

function Result({ row, filter, w }: { row: ResultRow; filter: DirectoryFilter; w: Words }) {
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
  return (
    <li class={`result result--${row.kind}`}>
      <p class={`badge badge--${row.kind}`}>{w.m.kinds[row.kind]}</p>
      <h3>
        <a href={`/groups/${row.slug}`}>{row.name}</a>
      </h3>
      <p class="result__topics">
        {row.topics.map((code) => topicLabel(code, w.locale)).join(' · ')}
      </p>
      <dl class="facts">
        <div>
          <dt>{t.nextMeeting}</dt>
          <dd>
            {row.status === 'temporarily_closed' ? (
              t.temporarilyClosed
            ) : next ? (
              <>
                {next.viewer}
                {next.group ? <span class="muted">{t.localTime(next.group)}</span> : null}
              </>
            ) : (
              t.noMeetings
            )}
          </dd>
        </div>
        <div>
          <dt>{t.where}</dt>
          <dd>
            {placeText(row, w)}
            {/* An online meeting is as near as the screen: a distance from its address misleads. */}
            {row.distanceKm != null && row.mode !== 'online'
              ? ` · ${distanceText(row.distanceKm, filter.unit, w)}`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{t.cost}</dt>
          <dd>{costText(row, w)}</dd>
        </div>
        <div>
          <dt>{t.joining}</dt>
          <dd>
            {w.m.policiesShort[row.policy]}
            {seats != null ? ` · ${seats === 0 ? t.full : t.seatsLeft(count(seats, w))}` : ''}
            {row.status === 'temporarily_closed' ? ` · ${t.temporarilyClosed}` : ''}
          </dd>
        </div>
      </dl>
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
    <nav class="view-switch" aria-label={t.viewSwitch}>
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
    <p class="notice">
      {t.onlineToo(count(onlineToo, w), onlineToo === 1)}{' '}
      <a href={withOnlineHref(filter, defaults)}>{t.showOnlineToo}</a>
    </p>
  );
}

function ResultsHeading({ props }: { props: Props }) {
  const { total, place, w } = props;
  const t = w.m.results;
  const n = count(total, w);
  return (
    <h2 id="results-heading">
      {t.count(n, total === 1)}
      {place.status === 'found' ? t.near(place.label) : ''}
    </h2>
  );
}

export function SearchPage(props: Props) {
  const { filter, place, results, w } = props;
  const t = w.m.results;
  return (
    <div class="directory">
      <h1>{w.m.search.heading}</h1>
      {/* Stays in place when results are replaced, so screen readers hear the new count. */}
      <p id="results-status" class="visually-hidden" role="status" aria-live="polite" />
      <SearchForm filter={filter} defaults={props.defaults} view={props.view} w={w} />
      <section aria-labelledby="results-heading" class="results">
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
            {/* The geocoder explains in English; other languages get a plain sentence. */}
            <p>{w.locale === 'en' ? place.reason : t.placeNotFound(filter.near ?? '')}</p>
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
        <ViewSwitch filter={filter} defaults={props.defaults} view={props.view} w={w} />
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
            {results.map((row) => (
              <Result row={row} filter={filter} w={w} />
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
    </div>
  );
}
