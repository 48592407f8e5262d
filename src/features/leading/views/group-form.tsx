import type { Locale } from '../../../i18n/locales.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  COST_KINDS,
  LANGUAGES,
  type Labels,
  POLICIES,
  TECHNIQUES,
  TOPICS,
} from '../../../shared/taxonomy/index.js';
import {
  Choices,
  ErrorSummary,
  Field,
  type FieldErrors,
  TextArea,
  Tick,
} from '../../../views/forms.js';
import { type GroupValues, MAX_AGREEMENT, MAX_DESCRIPTION } from '../form.js';
import type { LeadText } from '../messages/index.js';
import { PlaceFields } from './place-fields.js';
import { Preview, ScheduleFields, type SchedulePreview } from './schedule-fields.js';

type Props = {
  m: LeadText;
  locale: Locale;
  kind: 'support' | 'therapy';
  action: string;
  values: GroupValues;
  errors?: FieldErrors;
  preview?: SchedulePreview;
  editing: boolean;
  /** False for an organisation's editor: the members' settings are the leaders' (kept as stored). */
  peopleSettings?: boolean;
};

/** A vocabulary's codes with their labels in the reader's language, as a list's options. */
const labelled = (vocab: Readonly<Record<string, Labels>>, locale: Locale): [string, string][] =>
  Object.entries(vocab).map(([code, l]) => [code, l[locale]]);

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
  peopleSettings = true,
}: Props) {
  const f = m.form;
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

        <ScheduleFields m={m} values={v} errors={errors} editing={editing} />

        <PlaceFields m={m} values={v} errors={errors} />

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
          {peopleSettings ? (
            <>
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
            </>
          ) : (
            <>
              <p class="hint">{f.leadersOnlySettings}</p>
              {v.showMemberNames ? <input type="hidden" name="showMemberNames" value="on" /> : null}
              <input type="hidden" name="agreement" value={v.agreement} />
            </>
          )}
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
