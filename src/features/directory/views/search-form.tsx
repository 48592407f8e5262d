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
import { Icon } from '../../../views/icon.js';
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
            form={FORM_ID}
            checked={props.selected.map(String).includes(value)}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The search bar is the form; the filters live in their own section further down the page (the
 * sheet, with JavaScript) and join the form through the `form` attribute.
 */
export const FORM_ID = 'search';

// The usual distances and lead times; a value from the URL joins them, and none passes the
// schema's maximum.
const RADII = [5, 10, 25, 40, 50, 100].filter((r) => r <= MAX_RADIUS);
const LEAD_WEEKS = [2, 4, 8, 12, 26, MAX_STARTS_WITHIN_WEEKS];
// In the schema's order, whatever order a catalogue lists their labels in.
const TIME_CODES = Object.keys(TIMES_OF_DAY) as TimeOfDay[];

const vocab = (v: Readonly<Record<string, Labels>>, w: Words) =>
  codes(v).map((code) => [code, labelOf(v, code, w.locale)] as [string, string]);

/** How many filters are set: the Filters button says so, and a folded section with any opens. */
export function filterCounts(filter: DirectoryFilter) {
  const more =
    filter.languages.length +
    filter.audiences.length +
    filter.access.length +
    filter.techniques.length +
    filter.policies.length +
    Number(filter.free) +
    Number(filter.seats) +
    Number(Boolean(filter.startsWithinWeeks));
  const when = filter.days.length + filter.times.length + Number(filter.soon);
  const all =
    filter.modes.length + filter.topics.length + when + more + Number(Boolean(filter.kind));
  return { more, when, all };
}

/** "Use my location": an icon inside the place field, so its arrival never moves the page. */
function Locate({ w }: { w: Words }) {
  const t = w.m.search;
  // The browser module reads its status words from here: the page's language.
  return (
    <button
      type="button"
      class="locate"
      data-locate
      data-locating={t.locating}
      data-failed={t.locateFailed}
      title={t.locate}
      hidden
    >
      <Icon name="locate" />
      <span class="visually-hidden" data-locate-label>
        {t.locate}
      </span>
    </button>
  );
}

/**
 * The search bar: what, where and the button. The home page draws it too (`home`), with the
 * choice of kind beside it, since there are no filters there.
 */
export function SearchBar({
  filter,
  defaults,
  view,
  w,
  home,
}: {
  filter: DirectoryFilter;
  defaults?: FilterDefaults;
  view?: 'list' | 'map';
  w: Words;
  home?: boolean;
}) {
  const t = w.m.search;
  return (
    <form id={FORM_ID} class="search-bar" method="get" action="/groups" aria-label={t.formLabel}>
      <p class="field search-bar__what">
        <label for="q">{t.q}</label>
        <input
          id="q"
          name="q"
          type="search"
          maxlength={Q_MAX_LENGTH}
          value={filter.q ?? ''}
          placeholder={t.qPlaceholder}
          autocomplete="off"
        />
      </p>
      <p class="field search-bar__where">
        <label for="near">{t.near}</label>
        <span class="with-action">
          <input
            id="near"
            name="near"
            type="text"
            maxlength={NEAR_MAX_LENGTH}
            value={filter.near ?? ''}
            placeholder={t.nearPlaceholder}
            autocomplete="postal-code"
          />
          <Locate w={w} />
        </span>
      </p>
      {home ? <KindChoice filter={filter} w={w} /> : null}
      <input type="hidden" name="unit" value={filter.unit} />
      {/* Filters the form has no control for travel with it, so submitting keeps them. */}
      {filter.source && defaults ? (
        <p class="muted search-bar__source">
          <input type="hidden" name="source" value={filter.source} />
          {w.m.results.fromSource(filter.source)}{' '}
          <a href={`/groups?${filterToParams(filter, defaults, { source: undefined, page: 1 })}`}>
            {w.m.results.allSources}
          </a>
        </p>
      ) : null}
      {view === 'map' ? <input type="hidden" name="view" value="map" /> : null}
      <button type="submit" class="button search-bar__go">
        {t.submit}
      </button>
    </form>
  );
}

/** Both kinds, support groups or group therapy: one row of choices. */
function KindChoice({ filter, w }: { filter: DirectoryFilter; w: Words }) {
  const t = w.m.search;
  const kinds: Record<GroupKind, string> = { support: t.kindSupport, therapy: t.kindTherapy };
  return (
    <fieldset class="segmented search-bar__kind">
      <legend class="visually-hidden">{t.kind}</legend>
      {[['', t.kindBoth], ...Object.entries(kinds)].map(([value, text]) => (
        <label>
          <input
            type="radio"
            name="kind"
            value={value}
            form={FORM_ID}
            checked={(filter.kind ?? '') === value}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The directory's filters. Their limits and choices come from the filter schema's own
 * constants (filters.ts), so the form never offers what the parser would refuse: the largest
 * radius and "starts within", and one option per kind and sort (typed records, so a kind or
 * sort the schema gains is a compile error here until labelled). Without JavaScript this is a
 * section after the results; with it, the same section opens as a sheet (client/directory.ts).
 */
export function FilterSection({
  filter,
  total,
  w,
}: {
  filter: DirectoryFilter;
  total: number;
  w: Words;
}) {
  const t = w.m.search;
  const counts = filterCounts(filter);
  // In the order the menu shows them.
  const sorts: Record<Sort, string> = {
    next: t.sortNext,
    distance: t.sortDistance,
    relevance: t.sortRelevance,
  };
  const zones = COMMON_ZONES.includes(filter.tz) ? COMMON_ZONES : [filter.tz, ...COMMON_ZONES];
  return (
    <section id="filters" class="filter-section" aria-labelledby="filters-heading">
      <div class="sheet__head">
        <h2 id="filters-heading">{t.filters}</h2>
        <button type="button" class="link-button" data-close-sheet hidden>
          {t.closeFilters}
        </button>
      </div>
      <div class="sheet__body">
        <KindChoice filter={filter} w={w} />
        <fieldset class="field">
          <legend>{t.place}</legend>
          <p class="field field--small">
            <label for="radius">{t.within}</label>
            <select id="radius" name="radius" form={FORM_ID}>
              {[...new Set([...RADII, filter.radius])]
                .sort((a, b) => a - b)
                .map((r) => (
                  <option value={String(r)} selected={filter.radius === r}>
                    {distance(r, filter.unit, w)}
                  </option>
                ))}
            </select>
          </p>
        </fieldset>
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
        <details open={counts.when > 0}>
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
            <input type="checkbox" name="soon" value="1" form={FORM_ID} checked={filter.soon} />{' '}
            {t.soon}
          </label>
        </details>
        <details open={counts.more > 0}>
          <summary>{t.more}</summary>
          <Checkboxes
            legend={t.language}
            name="lang"
            options={vocab(LANGUAGES, w)}
            selected={filter.languages}
          />
          <label class="check">
            <input type="checkbox" name="cost" value="free" form={FORM_ID} checked={filter.free} />{' '}
            {t.free}
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
            <input type="checkbox" name="seats" value="1" form={FORM_ID} checked={filter.seats} />{' '}
            {t.seats}
          </label>
          <p class="field field--small">
            <label for="starts_within">{t.startsWithin}</label>
            <select id="starts_within" name="starts_within" form={FORM_ID}>
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
        <fieldset class="field-row">
          <legend class="visually-hidden">{t.display}</legend>
          <p class="field">
            <label for="tz">{t.timesIn}</label>
            <select id="tz" name="tz" form={FORM_ID} data-timezone>
              {zones.map((zone) => (
                <option value={zone} selected={zone === filter.tz}>
                  {zoneLabel(zone, w)}
                </option>
              ))}
            </select>
          </p>
          <p class="field field--small">
            <label for="sort">{t.sort}</label>
            {/* Defaulted: the order follows the search (best match once words are typed),
                so the live results leave it out until the person picks one (client/directory.ts). */}
            <select
              id="sort"
              name="sort"
              form={FORM_ID}
              data-defaulted={filter.sortDefaulted ? '' : undefined}
            >
              {Object.entries(sorts).map(([value, text]) => (
                <option value={value} selected={filter.sort === value}>
                  {text}
                </option>
              ))}
            </select>
          </p>
        </fieldset>
      </div>
      <div class="sheet__foot">
        {/* With JavaScript this counts what the filters will give as they change. */}
        <button type="submit" form={FORM_ID} class="button" data-apply-filters>
          {t.showCount(total, count(total, w))}
        </button>
      </div>
    </section>
  );
}
