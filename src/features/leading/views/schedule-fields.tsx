import { Choices, Field, type FieldErrors, Select } from '../../../views/forms.js';
import { type GroupValues, SCHEDULE_KINDS } from '../form.js';
import type { LeadText } from '../messages/index.js';

/** The schedule builder: the form's one schedule, and its preview in plain words. */
export type SchedulePreview = { words: string; dates: string[] };

/** What "Preview dates" shows: the schedule in plain words and its next dates; nothing saved. */
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

/** Every pattern's fields at once: the page works without JavaScript, so none are hidden. */
export function ScheduleFields({
  m,
  values: v,
  errors,
  editing,
}: {
  m: LeadText;
  values: GroupValues;
  errors: FieldErrors;
  editing: boolean;
}) {
  const f = m.form;
  const weekdays: [string, string][] = m.weekdays.map((d, i) => [String(i), d]);
  return (
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
  );
}
