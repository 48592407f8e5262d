import type { Locale } from '../../../i18n/locales.js';
import {
  Choices,
  ErrorSummary,
  Field,
  type FieldErrors,
  Select,
  TextArea,
  Tick,
} from '../../../views/forms.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  COST_KINDS,
  LANGUAGES,
  MODES,
  POLICIES,
  TECHNIQUES,
  TOPICS,
} from '../../directory/taxonomy.js';
import { type GroupValues, MAX_AGREEMENT, MAX_DESCRIPTION, SCHEDULE_KINDS } from '../form.js';
import type { LeadText } from '../messages.js';

export type SchedulePreview = { words: string; dates: string[] };

type Props = {
  m: LeadText;
  locale: Locale;
  kind: 'support' | 'therapy';
  action: string;
  values: GroupValues;
  errors?: FieldErrors;
  preview?: SchedulePreview;
  editing: boolean;
};

const labelled = <T extends Record<string, { en: string; es: string }>>(
  vocab: T,
  locale: Locale,
): [string, string][] => Object.entries(vocab).map(([code, l]) => [code, l[locale]]);

export function Preview({ m, preview }: { m: LeadText; preview: SchedulePreview }) {
  return (
    <section class="notice" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{m.form.previewHeading}</h2>
      <p>{preview.words}</p>
      <h3>{m.form.nextDates}</h3>
      {preview.dates.length > 0 ? (
        <ul>
          {preview.dates.map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      ) : (
        <p>{m.form.noDates}</p>
      )}
    </section>
  );
}

/** Every field of a listing, the schedule builder, the agreement; usable without JavaScript. */
export function GroupForm({
  m,
  locale,
  kind,
  action,
  values: v,
  errors = {},
  preview,
  editing,
}: Props) {
  const f = m.form;
  const weekdays: [string, string][] = m.weekdays.map((d, i) => [String(i), d]);
  return (
    <>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      {preview ? <Preview m={m} preview={preview} /> : null}
      <form method="post" action={action} class="form-narrow group-form" novalidate>
        <input type="hidden" name="kind" value={kind} />
        <fieldset>
          <legend>{f.about}</legend>
          <Field
            name="name"
            label={f.name}
            hint={f.nameHint}
            value={v.name}
            error={errors.name}
            maxlength={120}
            required
          />
          <Field
            name="summary"
            label={f.summary}
            hint={f.summaryHint}
            value={v.summary}
            error={errors.summary}
            maxlength={300}
            required
          />
          <TextArea
            name="description"
            label={f.description}
            hint={f.descriptionHint}
            value={v.description}
            error={errors.description}
            maxlength={MAX_DESCRIPTION}
            rows={8}
          />
          <Choices
            type="checkbox"
            name="topics"
            legend={f.topics}
            options={labelled(TOPICS, locale)}
            selected={v.topics}
            error={errors.topics}
          />
          <Choices
            type="checkbox"
            name="audiences"
            legend={f.audiences}
            options={labelled(AUDIENCES, locale)}
            selected={v.audiences}
            error={errors.audiences}
          />
          <Choices
            type="checkbox"
            name="languages"
            legend={f.languages}
            options={labelled(LANGUAGES, locale)}
            selected={v.languages}
            error={errors.languages}
            inline
          />
        </fieldset>

        <fieldset>
          <legend>{f.schedule}</legend>
          <Choices
            type="radio"
            name="scheduleKind"
            legend={f.scheduleKind}
            options={SCHEDULE_KINDS.map((k) => [k, f.scheduleKinds[k]])}
            selected={[v.scheduleKind]}
            error={errors.scheduleKind}
          />
          <Field
            name="startDate"
            type="date"
            label={f.startDate}
            hint={f.startDateHint}
            value={v.startDate}
            error={errors.startDate}
            required
          />
          <Field
            name="startTime"
            label={f.startTime}
            hint={f.startTimeHint}
            value={v.startTime}
            error={errors.startTime}
            inputmode="numeric"
            maxlength={5}
            required
          />
          <Field
            name="duration"
            type="number"
            label={f.duration}
            value={v.duration}
            error={errors.duration}
            required
          />
          <Field
            name="timezone"
            label={f.timezone}
            hint={f.timezoneHint}
            value={v.timezone}
            error={errors.timezone}
            maxlength={64}
            required
          />
          <Choices
            type="checkbox"
            name="days"
            legend={f.days}
            options={weekdays}
            selected={v.days}
            error={errors.days}
            inline
          />
          <Field
            name="interval"
            type="number"
            label={f.interval}
            hint={f.intervalHint}
            value={v.interval}
            error={errors.interval}
          />
          <Select
            name="nth"
            label={f.nth}
            placeholder={f.choose}
            value={v.nth}
            error={errors.nth}
            options={Object.entries(f.nths)}
          />
          <Select
            name="weekday"
            label={f.weekday}
            placeholder={f.choose}
            value={v.weekday}
            error={errors.weekday}
            options={weekdays}
          />
          <Field name="count" type="number" label={f.count} value={v.count} error={errors.count} />
          <Field
            name="endDate"
            type="date"
            label={f.endDate}
            value={v.endDate}
            error={errors.endDate}
          />
          {editing ? <p class="muted">{f.kept}</p> : null}
          <p>
            <button type="submit" name="intent" value="preview" class="button button--secondary">
              {f.preview}
            </button>
          </p>
        </fieldset>

        <fieldset>
          <legend>{f.where}</legend>
          <Choices
            type="radio"
            name="mode"
            legend={f.mode}
            options={MODES.map((k) => [k, f.modes[k]])}
            selected={[v.mode]}
            error={errors.mode}
          />
          <Field
            name="venue"
            label={f.venue}
            value={v.venue}
            error={errors.venue}
            maxlength={120}
          />
          <Field
            name="address"
            label={f.address}
            value={v.address}
            error={errors.address}
            maxlength={200}
            autocomplete="off"
          />
          <Field name="city" label={f.city} value={v.city} error={errors.city} maxlength={80} />
          <Field
            name="region"
            label={f.region}
            value={v.region}
            error={errors.region}
            maxlength={60}
          />
          <Field
            name="postalCode"
            label={f.postalCode}
            value={v.postalCode}
            error={errors.postalCode}
            maxlength={12}
          />
          <Field
            name="country"
            label={f.country}
            hint={f.countryHint}
            value={v.country}
            error={errors.country}
            maxlength={2}
          />
          <Tick name="approximate" label={f.approximate} checked={v.approximate} />
          <TextArea
            name="locationNotes"
            label={f.locationNotes}
            hint={f.locationNotesHint}
            value={v.locationNotes}
            error={errors.locationNotes}
            maxlength={500}
            rows={2}
          />
          <Field
            name="onlineUrl"
            label={f.onlineUrl}
            hint={f.onlineUrlHint}
            value={v.onlineUrl}
            error={errors.onlineUrl}
            maxlength={500}
          />
          <Field
            name="onlinePhone"
            label={f.onlinePhone}
            value={v.onlinePhone}
            error={errors.onlinePhone}
            maxlength={40}
          />
          <TextArea
            name="onlineNotes"
            label={f.onlineNotes}
            hint={f.onlineNotesHint}
            value={v.onlineNotes}
            error={errors.onlineNotes}
            maxlength={500}
            rows={2}
          />
          <Choices
            type="radio"
            name="onlineVisibility"
            legend={f.onlineVisibility}
            options={[
              ['members', f.visibilities.members],
              ['public', f.visibilities.public],
            ]}
            selected={[v.onlineVisibility]}
            error={errors.onlineVisibility}
          />
        </fieldset>

        <fieldset>
          <legend>{f.joining}</legend>
          <Choices
            type="radio"
            name="policy"
            legend={f.policy}
            options={POLICIES.map((k) => [k, f.policies[k]])}
            selected={[v.policy]}
            error={errors.policy}
          />
          <Field
            name="capacity"
            type="number"
            label={f.capacity}
            hint={f.capacityHint}
            value={v.capacity}
            error={errors.capacity}
          />
          <Tick
            name="showMemberNames"
            label={f.showMemberNames}
            hint={f.showMemberNamesHint}
            checked={v.showMemberNames}
          />
          <TextArea
            name="agreement"
            label={f.agreement}
            hint={f.agreementHint}
            value={v.agreement}
            error={errors.agreement}
            maxlength={MAX_AGREEMENT}
            rows={8}
            required
          />
        </fieldset>

        {kind === 'therapy' ? (
          <fieldset>
            <legend>{f.therapy}</legend>
            <Choices
              type="checkbox"
              name="techniques"
              legend={f.techniques}
              options={labelled(TECHNIQUES, locale)}
              selected={v.techniques}
              error={errors.techniques}
            />
            <Field
              name="sessions"
              type="number"
              label={f.sessions}
              value={v.sessions}
              error={errors.sessions}
            />
            {/* The first and last sessions are the schedule's own dates (issue 13): one start
                date in the form, so search and the page can never disagree with the calendar. */}
            <Tick name="screening" label={f.screening} checked={v.screening} />
          </fieldset>
        ) : null}

        <fieldset>
          <legend>{f.cost}</legend>
          <Choices
            type="radio"
            name="costKind"
            legend={f.costKind}
            options={COST_KINDS.map((k) => [k, f.costKinds[k]])}
            selected={[v.costKind]}
            error={errors.costKind}
          />
          <Field
            name="costAmount"
            label={f.costAmount}
            value={v.costAmount}
            error={errors.costAmount}
            inputmode="text"
            maxlength={10}
          />
          <Field
            name="costMinAmount"
            label={f.costMinAmount}
            value={v.costMinAmount}
            error={errors.costMinAmount}
            maxlength={10}
          />
          <Field
            name="costCurrency"
            label={f.costCurrency}
            hint={f.costCurrencyHint}
            value={v.costCurrency}
            error={errors.costCurrency}
            maxlength={3}
          />
          <Tick name="insurance" label={f.insurance} checked={v.insurance} />
        </fieldset>

        <fieldset>
          <legend>{f.more}</legend>
          <Choices
            type="checkbox"
            name="accessibility"
            legend={f.accessibility}
            options={labelled(ACCESS_FEATURES, locale)}
            selected={v.accessibility}
            error={errors.accessibility}
          />
          <Field
            name="organisation"
            label={f.organisation}
            hint={f.organisationHint}
            value={v.organisation}
            error={errors.organisation}
            maxlength={120}
          />
          <Field
            name="organisationUrl"
            label={f.organisationUrl}
            value={v.organisationUrl}
            error={errors.organisationUrl}
            maxlength={500}
          />
          <TextArea
            name="firstVisit"
            label={f.firstVisit}
            hint={f.firstVisitHint}
            value={v.firstVisit}
            error={errors.firstVisit}
            maxlength={1000}
            rows={4}
          />
        </fieldset>

        <p class="actions">
          <button type="submit" name="intent" value="save" class="button">
            {editing ? f.save : f.create}
          </button>
          <button type="submit" name="intent" value="preview" class="button button--secondary">
            {f.preview}
          </button>
        </p>
      </form>
    </>
  );
}
