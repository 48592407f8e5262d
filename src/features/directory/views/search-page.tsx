import type { DirectoryFilter, FilterDefaults } from '../filters.js';
import { filterToParams, MAX_PAGE, TIMES_OF_DAY } from '../filters.js';
import {
  COMMON_ZONES,
  costText,
  distanceText,
  KIND_LABELS,
  MODE_LABELS,
  placeText,
  seatsLeft,
  topicLabel,
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
  /** The count stopped at `total`; there are more. */
  totalCapped: boolean;
  results: ResultRow[];
  pageSize: number;
  view: 'list' | 'map';
  map: { tileUrl: string; attribution: string };
};

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

const vocab = (v: Record<string, { en: string; es: string }>) =>
  codes(v).map((code) => [code, v[code]!.en] as [string, string]);

export function SearchForm({ filter, view }: { filter: DirectoryFilter; view: 'list' | 'map' }) {
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
    <form class="search-form" method="get" action="/groups" aria-label="Find a group">
      <div class="field-row">
        <p class="field">
          <label for="q">What are you looking for?</label>
          <input
            id="q"
            name="q"
            type="search"
            value={filter.q ?? ''}
            placeholder="grief, caregivers, anxiety…"
          />
        </p>
        <p class="field">
          <label for="near">Near</label>
          <input
            id="near"
            name="near"
            type="text"
            value={filter.near ?? ''}
            placeholder="Postal code or city"
            autocomplete="postal-code"
          />
          <button type="button" class="link-button" data-locate hidden>
            Use my location
          </button>
        </p>
        <p class="field field--small">
          <label for="radius">Within</label>
          <select id="radius" name="radius">
            {[...new Set([5, 10, 25, 40, 50, 100, filter.radius])]
              .sort((a, b) => a - b)
              .map((r) => (
                <option value={String(r)} selected={filter.radius === r}>
                  {r} {filter.unit}
                </option>
              ))}
          </select>
          <input type="hidden" name="unit" value={filter.unit} />
        </p>
      </div>
      <fieldset class="checks checks--inline">
        <legend>Kind of group</legend>
        {(
          [
            ['', 'Both'],
            ['support', 'Support groups (peer-led)'],
            ['therapy', 'Group therapy (licensed professional)'],
          ] as const
        ).map(([value, text]) => (
          <label>
            <input type="radio" name="kind" value={value} checked={(filter.kind ?? '') === value} />{' '}
            {text}
          </label>
        ))}
      </fieldset>
      <details class="filters" open={filtersOpen}>
        <summary>Filters{filterCount ? ` (${filterCount} set)` : ''}</summary>
        <Checkboxes
          legend="How you meet"
          name="mode"
          options={Object.entries(MODE_LABELS)}
          selected={filter.modes}
        />
        <details open={filter.topics.length > 0}>
          <summary>Topics{filter.topics.length ? ` (${filter.topics.length} chosen)` : ''}</summary>
          <Checkboxes
            legend="Topics"
            name="topic"
            options={vocab(TOPICS)}
            selected={filter.topics}
          />
        </details>
        <details open={whenCount > 0}>
          <summary>Day and time</summary>
          <Checkboxes
            legend="Days"
            name="day"
            options={DAYS.map((d, i) => [String(i), d])}
            selected={filter.days}
          />
          <Checkboxes
            legend="Time of day"
            name="time"
            options={Object.entries(TIMES_OF_DAY).map(([k, v]) => [k, v.en])}
            selected={filter.times}
          />
          <label class="check">
            <input type="checkbox" name="soon" value="1" checked={filter.soon} /> Happening now or
            in the next 2 hours
          </label>
        </details>
        <details open={moreOpen}>
          <summary>More filters</summary>
          <Checkboxes
            legend="Language"
            name="lang"
            options={vocab(LANGUAGES)}
            selected={filter.languages}
          />
          <label class="check">
            <input type="checkbox" name="cost" value="free" checked={filter.free} /> Free or
            donation only
          </label>
          <Checkboxes
            legend="For"
            name="audience"
            options={vocab(AUDIENCES)}
            selected={filter.audiences}
          />
          <Checkboxes
            legend="Accessibility"
            name="access"
            options={vocab(ACCESS_FEATURES)}
            selected={filter.access}
          />
          <Checkboxes
            legend="Joining"
            name="policy"
            options={[
              ['drop_in', 'Drop in'],
              ['approval', 'Ask to join'],
              ['application', 'Apply (screened)'],
            ]}
            selected={filter.policies}
          />
          <Checkboxes
            legend="Therapy approach"
            name="technique"
            options={vocab(TECHNIQUES)}
            selected={filter.techniques}
          />
          <label class="check">
            <input type="checkbox" name="seats" value="1" checked={filter.seats} /> Therapy groups
            with seats left
          </label>
          <p class="field field--small">
            <label for="starts_within">Therapy groups starting within</label>
            <select id="starts_within" name="starts_within">
              <option value="">any time</option>
              {[2, 4, 8, 12].map((w) => (
                <option value={String(w)} selected={filter.startsWithinWeeks === w}>
                  {w} weeks
                </option>
              ))}
            </select>
          </p>
        </details>
        <div class="field-row">
          <p class="field">
            <label for="tz">Times shown in</label>
            <select id="tz" name="tz" data-timezone>
              {zones.map((zone) => (
                <option value={zone} selected={zone === filter.tz}>
                  {zoneLabel(zone)}
                </option>
              ))}
            </select>
          </p>
          <p class="field field--small">
            <label for="sort">Sort by</label>
            <select id="sort" name="sort">
              <option value="next" selected={filter.sort === 'next'}>
                Next meeting
              </option>
              <option value="distance" selected={filter.sort === 'distance'}>
                Distance
              </option>
              <option value="relevance" selected={filter.sort === 'relevance'}>
                Best match
              </option>
            </select>
          </p>
        </div>
      </details>
      {view === 'map' ? <input type="hidden" name="view" value="map" /> : null}
      <button type="submit" class="button">
        Search
      </button>
    </form>
  );
}

function Result({ row, filter }: { row: ResultRow; filter: DirectoryFilter }) {
  const seats = row.kind === 'therapy' ? seatsLeft(row) : null;
  const next =
    row.nextStart && row.nextEnd && row.nextTimezone
      ? formatOccurrence(
          { start: row.nextStart, end: row.nextEnd, localDate: '' },
          filter.tz,
          row.nextTimezone,
        )
      : undefined;
  return (
    <li class={`result result--${row.kind}`}>
      <p class={`badge badge--${row.kind}`}>{KIND_LABELS[row.kind]}</p>
      <h3>
        <a href={`/groups/${row.slug}`}>{row.name}</a>
      </h3>
      <p class="result__topics">{row.topics.map(topicLabel).join(' · ')}</p>
      <dl class="facts">
        <div>
          <dt>Next meeting</dt>
          <dd>
            {next ? (
              <>
                {next.viewer}
                {next.group ? <span class="muted"> ({next.group} local time)</span> : null}
              </>
            ) : (
              'No meetings scheduled'
            )}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {placeText(row)}
            {row.distanceKm != null ? ` · ${distanceText(row.distanceKm, filter.unit)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>{costText(row)}</dd>
        </div>
        <div>
          <dt>Joining</dt>
          <dd>
            {row.policy === 'drop_in'
              ? 'Drop in'
              : row.policy === 'approval'
                ? 'Ask to join'
                : 'Apply'}
            {seats != null ? ` · ${seats === 0 ? 'Full (waitlist)' : `${seats} seats left`}` : ''}
            {row.status === 'temporarily_closed' ? ' · Temporarily closed' : ''}
          </dd>
        </div>
      </dl>
    </li>
  );
}

function ViewSwitch({ filter, defaults, view }: Pick<Props, 'filter' | 'defaults' | 'view'>) {
  const params = filterToParams(filter, defaults, { page: 1 });
  const mapParams = new URLSearchParams(params);
  mapParams.set('view', 'map');
  return (
    <nav class="view-switch" aria-label="Show results as">
      <a href={`/groups?${params}`} aria-current={view === 'list' ? 'page' : undefined}>
        List
      </a>
      <a href={`/groups?${mapParams}`} aria-current={view === 'map' ? 'page' : undefined}>
        Map
      </a>
    </nav>
  );
}

function ResultsMap({ filter, defaults, map }: Pick<Props, 'filter' | 'defaults' | 'map'>) {
  const points = `/api/v1/map?${filterToParams(filter, defaults, { page: 1 })}`;
  return (
    <>
      <section aria-label="Map of matching groups">
        <div
          class="map"
          data-map="results"
          data-points={points}
          data-tiles={map.tileUrl}
          data-attribution={map.attribution}
          hidden
        />
      </section>
      <p id="map-status" role="status" class="muted">
        The map needs JavaScript. Every group on it is also in the list below.
      </p>
    </>
  );
}

function Pagination({
  filter,
  defaults,
  total,
  pageSize,
  more,
}: Pick<Props, 'filter' | 'defaults' | 'total' | 'pageSize'> & {
  /** The count stopped at its cap and this page is full: there is a next page. */
  more: boolean;
}) {
  const pages = Math.ceil(total / pageSize);
  const hasNext = more ? filter.page < MAX_PAGE : filter.page < pages;
  if (filter.page <= 1 && !hasNext) return null;
  const href = (page: number) => `/groups?${filterToParams(filter, defaults, { page })}`;
  return (
    <nav class="pagination" aria-label="Result pages">
      {filter.page > 1 ? (
        <a class="page-link" href={href(filter.page - 1)} rel="prev">
          Previous page
        </a>
      ) : null}
      <span>{more ? `Page ${filter.page}` : `Page ${filter.page} of ${pages}`}</span>
      {hasNext ? (
        <a class="page-link" href={href(filter.page + 1)} rel="next">
          Next page
        </a>
      ) : null}
    </nav>
  );
}

function EmptyState({ filter, defaults }: { filter: DirectoryFilter; defaults: FilterDefaults }) {
  const wider = filter.near && filter.radius < 100;
  const withOnline = !filter.modes.includes('online') && filter.modes.length > 0;
  return (
    <div class="empty">
      <h2>No groups match all of that</h2>
      <ul>
        {wider ? (
          <li>
            <a href={`/groups?${filterToParams(filter, defaults, { radius: 100, page: 1 })}`}>
              Look within 100 {filter.unit}
            </a>
          </li>
        ) : null}
        {filter.near || withOnline ? (
          <li>
            <a
              href={`/groups?${filterToParams(filter, defaults, {
                modes: [...new Set([...filter.modes, 'online' as const])],
                page: 1,
              })}`}
            >
              Include online groups
            </a>
          </li>
        ) : null}
        <li>
          <a href="/groups">Clear all filters</a>
        </li>
      </ul>
    </div>
  );
}

export function SearchPage(props: Props) {
  const { filter, place, total, results } = props;
  return (
    <div class="directory">
      <h1>Find a group</h1>
      {/* Stays in place when results are replaced, so screen readers hear the new count. */}
      <p id="results-status" class="visually-hidden" role="status" aria-live="polite" />
      <SearchForm filter={filter} view={props.view} />
      <section aria-labelledby="results-heading" class="results">
        {place.status === 'ambiguous' ? (
          <div class="notice" role="status">
            <p>Which place did you mean?</p>
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
            <p>{place.reason}</p>
            <p>
              <a
                href={`/groups?${filterToParams(filter, props.defaults, { near: undefined, modes: ['online'], page: 1 })}`}
              >
                See online groups instead
              </a>
            </p>
          </div>
        ) : null}
        <h2 id="results-heading">
          {props.totalCapped
            ? `More than ${total.toLocaleString('en-US')} groups`
            : total === 1
              ? '1 group'
              : `${total.toLocaleString('en-US')} groups`}
          {place.status === 'found' ? ` near ${place.label}` : ''}
        </h2>
        <ViewSwitch filter={filter} defaults={props.defaults} view={props.view} />
        {props.view === 'map' ? (
          <ResultsMap filter={filter} defaults={props.defaults} map={props.map} />
        ) : null}
        {results.length > 0 ? <p class="muted">Times are in {zoneLabel(filter.tz)}.</p> : null}
        {results.length > 0 ? (
          <ol class="result-list">
            {results.map((row) => (
              <Result row={row} filter={filter} />
            ))}
          </ol>
        ) : place.status === 'ambiguous' ? null : (
          <EmptyState filter={filter} defaults={props.defaults} />
        )}
        <Pagination
          filter={filter}
          defaults={props.defaults}
          total={total}
          pageSize={props.pageSize}
          more={props.totalCapped && results.length === props.pageSize}
        />
      </section>
    </div>
  );
}
