import { MODES } from '../../../shared/taxonomy/index.js';
import { Choices, Field, type FieldErrors, TextArea, Tick } from '../../../views/forms.js';
import type { GroupValues } from '../form.js';
import type { LeadText } from '../messages/index.js';

/** Where and how a group meets: the place (for in person), the link or phone (for online). */
export function PlaceFields({
  m,
  values: v,
  errors,
}: {
  m: LeadText;
  values: GroupValues;
  errors: FieldErrors;
}) {
  const f = m.form;
  return (
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
      <Field name="venue" label={f.venue} value={v.venue} error={errors.venue} maxlength={120} />
      <Field
        name="address"
        label={f.address}
        value={v.address}
        error={errors.address}
        maxlength={200}
        autocomplete="off"
      />
      <Field name="city" label={f.city} value={v.city} error={errors.city} maxlength={80} />
      <Field name="region" label={f.region} value={v.region} error={errors.region} maxlength={60} />
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
  );
}
