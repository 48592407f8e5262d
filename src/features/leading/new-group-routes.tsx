import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { Locale } from '../../i18n/locales.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import type { Viewer } from '../accounts/viewer.js';
import { canCreateSupportGroup, canCreateTherapyGroup } from '../membership/policies.js';
import { zoneFor } from '../zones/zone.js';
import { acceptPledge, createGroup, hasPledged } from './commands.js';
import { type GroupValues, parseGroupValues, valuesFromBody } from './form.js';
import { type Kind, placeOf, renderGroupForm } from './group-form-page.js';
import { auditGroup, formBody, one } from './guard.js';
import { slugFrom, toGroupInput } from './listing.js';
import { type LeadText, leadText } from './messages/index.js';
import { ChooseKind, PledgePage } from './views/pages.js';

type Ctx = Context<AppEnv>;

/** Paths under /lead that a group's slug must never take. */
const RESERVED = new Set(['new', 'pledge', 'invitations']);

/** A blank form for a new group, with sensible defaults for its kind and the person. */
function blankValues(kind: Kind, m: LeadText, locale: Locale, zone: string): GroupValues {
  return {
    name: '',
    summary: '',
    description: '',
    topics: [],
    audiences: [],
    languages: [locale],
    mode: 'in_person',
    venue: '',
    address: '',
    postalCode: '',
    city: '',
    region: '',
    country: '',
    approximate: false,
    locationNotes: '',
    onlineUrl: '',
    onlinePhone: '',
    onlineNotes: '',
    onlineVisibility: 'members',
    policy: kind === 'therapy' ? 'application' : 'drop_in',
    capacity: '',
    costKind: 'free',
    costAmount: '',
    costMinAmount: '',
    costCurrency: '',
    insurance: false,
    accessibility: [],
    techniques: [],
    sessions: '',
    therapyStartDate: '',
    therapyEndDate: '',
    screening: kind === 'therapy',
    organisation: '',
    organisationUrl: '',
    firstVisit: '',
    agreement: m.agreementDefault[kind],
    showMemberNames: false,
    scheduleKind: kind === 'therapy' ? 'series' : 'weekly',
    days: [],
    interval: '1',
    nth: '',
    weekday: '',
    count: kind === 'therapy' ? '8' : '',
    startDate: '',
    endDate: '',
    startTime: '',
    duration: kind === 'therapy' ? '90' : '60',
    timezone: zone,
  };
}

/** The kind asked for, once its policy allows it; otherwise the page that explains. */
async function newGroupGate(
  c: Ctx,
  viewer: Viewer,
  kind: string | undefined,
): Promise<Response | Kind> {
  const m = leadText(c.var.locale);
  const therapyAllowed = canCreateTherapyGroup(viewer);
  if (kind !== 'support' && kind !== 'therapy') {
    return renderPage(
      c,
      { title: m.choose.title },
      <ChooseKind m={m} therapyAllowed={therapyAllowed} />,
    );
  }
  if (kind === 'therapy' && !therapyAllowed) {
    return renderPage(
      c,
      { title: m.choose.title, status: 403 },
      <ChooseKind m={m} therapyAllowed={false} />,
    );
  }
  if (kind === 'support' && !(await hasPledged(c.var.deps.database.db, viewer.id))) {
    return renderPage(c, { title: m.pledge.title }, <PledgePage m={m} />);
  }
  return kind;
}

/** Starting a group: choosing its kind, the peer leader's pledge, and the new group's form. */
export function newGroupRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/lead/new', requireViewer(canCreateSupportGroup), async (c) => {
    const viewer = signedIn(c);
    const gate = await newGroupGate(c, viewer, c.req.query('kind'));
    if (gate instanceof Response) return gate;
    const m = leadText(c.var.locale);
    return renderGroupForm(c, {
      kind: gate,
      action: '/lead/new',
      values: blankValues(gate, m, c.var.locale, zoneFor(c)),
      title: gate === 'therapy' ? m.form.newTherapyTitle : m.form.newTitle,
      editing: false,
    });
  });

  app.post('/lead/pledge', requireViewer(canCreateSupportGroup), async (c) => {
    const viewer = signedIn(c);
    const body = await formBody(c);
    if (one(body.pledge) !== 'on') {
      const m = leadText(c.var.locale);
      return renderPage(
        c,
        { title: m.pledge.title, status: 400 },
        <PledgePage m={m} errors={{ pledge: m.pledge.needed }} />,
      );
    }
    await acceptPledge(c.var.deps.database.db, viewer.id);
    await audit(c.var.deps.database.db, {
      action: 'leader.pledged',
      actorId: viewer.id,
      targetType: 'user',
      targetId: viewer.id,
      ip: ipOf(c),
    });
    return c.redirect('/lead/new?kind=support', 303);
  });

  app.post('/lead/new', requireViewer(canCreateSupportGroup), async (c) => {
    const viewer = signedIn(c);
    const body = await formBody(c);
    const gate = await newGroupGate(c, viewer, one(body.kind));
    if (gate instanceof Response) return gate;
    const kind = gate;
    const m = leadText(c.var.locale);
    const values = valuesFromBody(body, blankValues(kind, m, c.var.locale, ''));
    const parsed = parseGroupValues(values);
    const title = kind === 'therapy' ? m.form.newTherapyTitle : m.form.newTitle;
    const form = { kind, action: '/lead/new', values, title, editing: false, parsed };
    if (!parsed.ok || one(body.intent) !== 'save') {
      return renderGroupForm(c, { ...form, preview: true });
    }

    const wanted = slugFrom(parsed.form.name);
    const slug = RESERVED.has(wanted) ? `${wanted}-group` : wanted;
    const place = parsed.form.mode === 'online' ? undefined : await placeOf(c, parsed.form);
    const input = toGroupInput(parsed.form, parsed.schedule, {
      kind,
      slug,
      status: 'active',
      leaders: [],
      extraSchedules: [],
      exceptions: [],
      place,
    });
    const db = c.var.deps.database.db;
    const created = await createGroup(db, viewer.id, input, {
      agreement: parsed.form.agreement,
      showMemberNames: parsed.form.showMemberNames,
    });
    await auditGroup(c, viewer, 'group.created', created.id, { kind });
    return c.redirect(`/lead/${created.slug}?done=created`, 303);
  });

  return app;
}
