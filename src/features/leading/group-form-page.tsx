import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { Locale } from '../../i18n/locales.js';
import {
  describeSchedule,
  nextOccurrences,
  type StoredSchedule,
} from '../../shared/schedule/index.js';
import { renderPage } from '../../views/page.js';
import { errorTexts, type GroupValues, type ParsedGroup } from './form.js';
import { leadText } from './messages/index.js';
import { GroupForm } from './views/group-form.js';
import { when } from './views/parts.js';
import type { SchedulePreview } from './views/schedule-fields.js';

/**
 * What starting a group and editing one share: the form's page (with its problems or its
 * preview) and the point on the map an in-person group gets.
 */

type Ctx = Context<AppEnv>;
export type Kind = 'support' | 'therapy';

/** The plain words of a schedule and its next dates, in its own zone. */
function previewOf(stored: StoredSchedule, locale: Locale, now = new Date()): SchedulePreview {
  return {
    words: describeSchedule(stored, locale),
    dates: nextOccurrences(stored, now, 6).map((o) => when(o.start, stored.timezone, locale)),
  };
}

/** The group form's page: blank, refused with its problems (400), or previewing the schedule. */
export function renderGroupForm(
  c: Ctx,
  options: {
    kind: Kind;
    action: string;
    values: GroupValues;
    title: string;
    editing: boolean;
    parsed?: ParsedGroup;
    preview?: boolean;
    peopleSettings?: boolean;
  },
) {
  const m = leadText(c.var.locale);
  const { parsed } = options;
  const errors = parsed && !parsed.ok ? errorTexts(parsed.errors, m.problems) : undefined;
  const preview =
    parsed?.ok && options.preview ? previewOf(parsed.stored, c.var.locale) : undefined;
  // A new group's blank form is in the leader's zone: the browser's, told once (ADR 21).
  const blank = !options.editing && !parsed;
  return renderPage(
    c,
    { title: options.title, status: errors ? 400 : 200, times: blank },
    <section>
      <h1>{options.title}</h1>
      {blank ? <span hidden data-times={options.values.timezone} /> : null}
      {options.editing ? null : <p class="lead">{m.form.draftNote}</p>}
      <GroupForm
        m={m}
        locale={c.var.locale}
        kind={options.kind}
        action={options.action}
        values={options.values}
        errors={errors}
        preview={preview}
        editing={options.editing}
        peopleSettings={options.peopleSettings}
      />
    </section>,
  );
}

/** Where an in-person group meets, as a point, when the offline gazetteer knows the place. */
export async function placeOf(
  c: Ctx,
  form: { postalCode: string; city: string; region: string; country: string },
) {
  const query = form.postalCode || [form.city, form.region].filter(Boolean).join(', ');
  if (!query) return undefined;
  try {
    const found = await c.var.deps.geocoder.geocode(
      query,
      form.country ? { country: form.country } : undefined,
    );
    if (found.status === 'found')
      return { latitude: found.place.latitude, longitude: found.place.longitude };
  } catch {
    // A place we cannot find only leaves the group off the map.
  }
  return undefined;
}
