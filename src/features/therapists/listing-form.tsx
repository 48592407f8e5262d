import type { Locale } from '../../i18n/locales.js';
import {
  LANGUAGE_CODES,
  LANGUAGES,
  labelOf,
  TECHNIQUE_CODES,
  TECHNIQUES,
  TOPIC_CODES,
  TOPICS,
} from '../../shared/taxonomy/index.js';
import {
  Choices,
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  TextArea,
  Tick,
} from '../../views/forms.js';
import type { Listing } from './listing.js';
import type { TherapistText } from './messages/index.js';

/**
 * The professional's choice of what their public profile shows, parsed by hand (a short form
 * of ticks and text): codes must be the shared taxonomy's, texts short, the country two letters.
 */
export function parseListing(
  body: Record<string, string | string[]>,
  t: TherapistText,
): { ok: true; value: Listing } | { ok: false; errors: FieldErrors; value: Listing } {
  const one = (k: string) => String((Array.isArray(body[k]) ? body[k][0] : body[k]) ?? '').trim();
  const many = (k: string) => {
    const v = body[k];
    return (Array.isArray(v) ? v : v ? [v] : []).map(String);
  };
  const value: Listing = {
    listed: one('listed') === 'on',
    showGroups: one('showGroups') === 'on',
    bio: one('bio').replace(/\r\n?/g, '\n'),
    techniques: many('techniques'),
    topics: many('topics'),
    languages: many('languages'),
    city: one('city'),
    region: one('region'),
    country: one('country').toUpperCase(),
    online: one('online') === 'on',
  };
  const p = t.listing.problems;
  const errors: FieldErrors = {};
  if (value.bio.length > 1_500) errors.bio = p.bio;
  if (value.city.length > 100) errors.city = p.place;
  if (value.region.length > 100) errors.region = p.place;
  if (value.country && !/^[A-Z]{2}$/.test(value.country)) errors.country = p.country;
  if (value.techniques.some((c) => !(TECHNIQUE_CODES as readonly string[]).includes(c)))
    errors.techniques = p.codes;
  if (value.topics.some((c) => !(TOPIC_CODES as readonly string[]).includes(c)))
    errors.topics = p.codes;
  if (value.languages.some((c) => !(LANGUAGE_CODES as readonly string[]).includes(c)))
    errors.languages = p.codes;
  return Object.keys(errors).length ? { ok: false, errors, value } : { ok: true, value };
}

export function ListingPage(props: {
  t: TherapistText;
  locale: Locale;
  values: Listing;
  slug: string | null;
  saved: boolean;
  errors: FieldErrors;
}) {
  const { t, locale, values: v, errors } = props;
  const l = t.listing;
  const options = (vocabulary: Parameters<typeof labelOf>[0]) =>
    Object.keys(vocabulary).map((c) => [c, labelOf(vocabulary, c, locale)] as [string, string]);
  return (
    <section class="form-narrow">
      <h1>{l.title}</h1>
      <p>{l.lead}</p>
      {props.saved ? (
        <Notice>
          {l.saved}{' '}
          {v.listed && props.slug ? <a href={`/therapists/${props.slug}`}>{l.view}</a> : null}
        </Notice>
      ) : null}
      <ErrorSummary errors={errors} title={l.errorTitle} />
      <form method="post" action="/account/professional/listing" novalidate>
        <Tick name="listed" label={l.listed} hint={l.listedHint} checked={v.listed} />
        <Tick name="showGroups" label={l.showGroups} checked={v.showGroups} />
        <TextArea
          name="bio"
          label={l.bio}
          hint={l.bioHint}
          value={v.bio}
          error={errors.bio}
          maxlength={1500}
          rows={6}
        />
        <Choices
          type="checkbox"
          name="techniques"
          legend={l.techniques}
          options={options(TECHNIQUES)}
          selected={v.techniques}
          error={errors.techniques}
        />
        <Choices
          type="checkbox"
          name="topics"
          legend={l.topics}
          options={options(TOPICS)}
          selected={v.topics}
          error={errors.topics}
        />
        <Choices
          type="checkbox"
          name="languages"
          legend={l.languages}
          options={options(LANGUAGES)}
          selected={v.languages}
          error={errors.languages}
          inline
        />
        <Field
          name="city"
          label={l.city}
          value={v.city}
          error={errors.city}
          maxlength={100}
          autocomplete="address-level2"
        />
        <Field
          name="region"
          label={l.region}
          value={v.region}
          error={errors.region}
          maxlength={100}
          autocomplete="address-level1"
        />
        <Field
          name="country"
          label={l.country}
          hint={l.countryHint}
          value={v.country}
          error={errors.country}
          maxlength={2}
          autocomplete="country"
        />
        <Tick name="online" label={l.online} checked={v.online} />
        <button type="submit" class="button button--primary">
          {l.save}
        </button>
      </form>
    </section>
  );
}
