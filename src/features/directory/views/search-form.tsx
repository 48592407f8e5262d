import { scheduleText } from '../../../shared/schedule/messages/index.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  codes,
  type GroupKind,
  LANGUAGES,
  type Labels,
  labelOf,
  TECHNIQUES,
  TOPICS,
} from '../../../shared/taxonomy/index.js';
import { COMMON_ZONES } from '../../zones/zone.js';
import {
  type DirectoryFilter,
  type FilterDefaults,
  filterToParams,
  MAX_RADIUS,
  MAX_STARTS_WITHIN_WEEKS,
  NEAR_MAX_LENGTH,
  Q_MAX_LENGTH,
  type Sort,
  TIMES_OF_DAY,
  type TimeOfDay,
} from '../filters.js';
import { count, distance, type Words, zoneLabel } from '../present.js';

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

// The usual distances and lead times; a value from the URL joins them, and none passes the
// schema's maximum.
const RADII = [5, 10, 25, 40, 50, 100].filter((r) => r <= MAX_RADIUS);
const LEAD_WEEKS = [2, 4, 8, 12, 26, MAX_STARTS_WITHIN_WEEKS];
// In the schema's order, whatever order a catalogue lists their labels in.
const TIME_CODES = Object.keys(TIMES_OF_DAY) as TimeOfDay[];

const vocab = (v: Readonly<Record<string, Labels>>, w: Words) =>
  codes(v).map((code) => [code, labelOf(v, code, w.locale)] as [string, string]);

/**
 * The directory's search form. Its limits and choices come from the filter schema's own
 * constants (filters.ts), so the form never offers what the parser would refuse: maxlength of
 * the text fields, the largest radius and "starts within", and one option per kind and sort
 * (typed records, so a kind or sort the schema gains is a compile error here until labelled).
 */
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
  const kinds: Record<GroupKind, string> = { support: t.kindSupport, therapy: t.kindTherapy };
  // In the order the menu shows them.
  const sorts: Record<Sort, string> = {
    next: t.sortNext,
    distance: t.sortDistance,
    relevance: t.sortRelevance,
  };
  return (
    <form class="search-form" method="get" action="/groups" aria-label={t.formLabel}>
      <div class="field-row">
        <p class="field">
          <label for="q">{t.q}</label>
          <input
            id="q"
            name="q"
            type="search"
            maxlength={Q_MAX_LENGTH}
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
            maxlength={NEAR_MAX_LENGTH}
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
            {[...new Set([...RADII, filter.radius])]
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
        {[['', t.kindBoth], ...Object.entries(kinds)].map(([value, text]) => (
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
            options={scheduleText(w.locale).days.map((d, i) => [String(i), d])}
            selected={filter.days}
          />
          <Checkboxes
            legend={t.timeOfDay}
            name="time"
            options={TIME_CODES.map((k) => [k, w.m.timesOfDay[k]])}
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
              {[...new Set([...LEAD_WEEKS, filter.startsWithinWeeks ?? 2])]
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
              {Object.entries(sorts).map(([value, text]) => (
                <option value={value} selected={filter.sort === value}>
                  {text}
                </option>
              ))}
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
