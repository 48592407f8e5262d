import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { LocationInput } from '../directory/model.js';
import { canEditGroupListing, canLeadGroup } from '../membership/policies.js';
import { rewriteGroup } from './commands.js';
import { parseGroupValues, valuesFromBody } from './form.js';
import { placeOf, renderGroupForm } from './group-form-page.js';
import { valuesOfStored } from './group-input.js';
import { auditGroup, formBody, leading, one, requireLeading } from './guard.js';
import { toGroupInput } from './listing.js';

type Place = { postalCode: string; city: string; region: string; country: string };

/** Whether the form still names the place stored, so its point need not be looked up again. */
const samePlace = (a: LocationInput | undefined, f: Place) =>
  !!a &&
  (a.postalCode ?? '') === f.postalCode &&
  (a.city ?? '') === f.city &&
  (a.region ?? '') === f.region &&
  (a.country ?? '') === f.country;

/** Long enough for the form's check; never stored (see below). */
const AGREEMENT_STAND_IN = 'Kept by the group’s leaders.';

/** Editing a group's listing: the form filled from what is stored, and saving it through saveGroup. */
export function editRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/lead/:slug/edit', requireLeading(canEditGroupListing), async (c) => {
    const lead = leading(c);
    const { stored } = lead;
    return renderGroupForm(c, {
      kind: lead.access.kind,
      action: `/lead/${lead.access.slug}`,
      values: valuesOfStored(stored),
      title: lead.m.form.editTitle(stored.input.name),
      editing: true,
      peopleSettings: canLeadGroup(lead.viewer, lead.access),
    });
  });

  app.post('/lead/:slug', requireLeading(canEditGroupListing), async (c) => {
    const { access, m, viewer, stored } = leading(c);
    // An organisation's editor changes the listing; what members agreed to and see of each
    // other stays as the group's leaders set it.
    const leads = canLeadGroup(viewer, access);
    const db = c.var.deps.database.db;
    const body = await formBody(c);
    const values = valuesFromBody(body, valuesOfStored(stored));
    // The agreement is the leaders' to write (an imported listing has none yet): for anyone else
    // a stand-in passes the form's check, and is never saved.
    if (!leads && values.agreement.trim().length < 20) values.agreement = AGREEMENT_STAND_IN;
    const parsed = parseGroupValues(values);
    const form = {
      kind: access.kind,
      action: `/lead/${access.slug}`,
      values,
      title: m.form.editTitle(stored.input.name),
      editing: true,
      parsed,
      peopleSettings: leads,
    };
    if (!parsed.ok || one(body.intent) !== 'save') {
      return renderGroupForm(c, { ...form, preview: true });
    }
    const f = parsed.form;
    const place =
      f.mode === 'online'
        ? undefined
        : samePlace(stored.input.location, f) && stored.input.location?.latitude !== undefined
          ? {
              latitude: stored.input.location.latitude,
              longitude: stored.input.location.longitude!,
            }
          : await placeOf(c, f);
    const { agreementChanged } = await rewriteGroup(
      db,
      access.groupId,
      (current) =>
        toGroupInput(f, parsed.schedule, {
          kind: access.kind,
          slug: current.slug,
          status: current.status,
          leaders: current.leaders,
          extraSchedules: current.schedules.slice(1),
          exceptions: current.schedules[0]?.exceptions ?? [],
          place,
        }),
      leads ? { agreement: f.agreement, showMemberNames: f.showMemberNames } : {},
    );
    await auditGroup(c, viewer, 'group.updated', access.groupId);
    if (agreementChanged) {
      await auditGroup(c, viewer, 'group.agreement_changed', access.groupId, {
        version: (stored.agreement?.version ?? 0) + 1,
      });
    }
    if (!leads) return c.redirect(`/groups/${access.slug}`, 303);
    return c.redirect(`/lead/${access.slug}?done=${agreementChanged ? 'agreement' : 'saved'}`, 303);
  });

  return app;
}
