import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { Locale } from '../../i18n/locales.js';
import { renderPage } from '../../views/layout.js';
import { audit } from '../accounts/audit.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import type { Viewer } from '../accounts/viewer.js';
import type { LocationInput } from '../directory/model.js';
import {
  describeSchedule,
  nextOccurrences,
  type StoredSchedule,
  toStoredSchedule,
} from '../directory/schedule/index.js';
import {
  canCreateSupportGroup,
  canCreateTherapyGroup,
  canEditIntakeQuestions,
  canLeadGroup,
  canManageLeaders,
} from '../membership/policies.js';
import { zoneFor } from '../zones/zone.js';
import {
  acceptPledge,
  createGroup,
  hasPledged,
  rewriteGroup,
  stateChangesFor,
} from './commands.js';
import {
  errorTexts,
  type GroupValues,
  type ParsedGroup,
  parseGroupValues,
  slugFrom,
  toGroupInput,
  valuesFromBody,
} from './form.js';
import { valuesOfStored } from './group-input.js';
import { auditGroup, formBody, leading, one, requireLeading } from './guard.js';
import { meetingRoutes } from './meeting-routes.js';
import { fill, type LeadText, leadText } from './messages.js';
import { peopleRoutes } from './people-routes.js';
import {
  groupsLedBy,
  nextMeetingsLedBy,
  recentAttendanceLedBy,
  upcomingMeetings,
  waitingCount,
} from './queries.js';
import { stateRoutes } from './state-routes.js';
import { GroupForm, type SchedulePreview } from './views/group-form.js';
import { ChooseKind, Dashboard, Overview, PledgePage } from './views/pages.js';
import { when } from './views/parts.js';

type Ctx = Context<AppEnv>;
type Kind = 'support' | 'therapy';

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

/** The plain words of a schedule and its next dates, in its own zone. */
function previewOf(stored: StoredSchedule, locale: Locale, now = new Date()): SchedulePreview {
  return {
    words: describeSchedule(stored, locale),
    dates: nextOccurrences(stored, now, 6).map((o) => when(o.start, stored.timezone, locale)),
  };
}

/** Where an in-person group meets, as a point, when the offline gazetteer knows the place. */
async function placeOf(
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

const samePlace = (
  a: LocationInput | undefined,
  f: { postalCode: string; city: string; region: string; country: string },
) =>
  !!a &&
  (a.postalCode ?? '') === f.postalCode &&
  (a.city ?? '') === f.city &&
  (a.region ?? '') === f.region &&
  (a.country ?? '') === f.country;

/** Everything under /lead: the dashboard, new groups, and each led group's pages. */
export function leadingRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', peopleRoutes());
  app.route('/', meetingRoutes());
  app.route('/', stateRoutes());

  app.get('/lead', requireViewer(canCreateSupportGroup), async (c) => {
    const viewer = signedIn(c);
    const m = leadText(c.var.locale);
    const db = c.var.deps.database.db;
    const groups = await groupsLedBy(db, viewer.id);
    const coming = await nextMeetingsLedBy(db, viewer.id);
    const attended = await recentAttendanceLedBy(db, viewer.id);
    return renderPage(
      c,
      { title: m.dashboard.title },
      <Dashboard
        m={m}
        locale={c.var.locale}
        groups={groups}
        coming={coming}
        attended={attended}
        zone={zoneFor(c)}
        notice={c.req.query('done') === 'stepped-down' ? m.leaders.steppedDown : undefined}
      />,
    );
  });

  function renderForm(
    c: Ctx,
    options: {
      kind: Kind;
      action: string;
      values: GroupValues;
      title: string;
      editing: boolean;
      parsed?: ParsedGroup;
      preview?: boolean;
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
        />
      </section>,
    );
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

  app.get('/lead/new', requireViewer(canCreateSupportGroup), async (c) => {
    const viewer = signedIn(c);
    const gate = await newGroupGate(c, viewer, c.req.query('kind'));
    if (gate instanceof Response) return gate;
    const m = leadText(c.var.locale);
    return renderForm(c, {
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
    if (!parsed.ok || one(body.intent) !== 'save') return renderForm(c, { ...form, preview: true });

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

  app.get('/lead/:slug', requireLeading(canLeadGroup), async (c) => {
    const lead = leading(c);
    const { access, m, viewer, stored } = lead;
    const db = c.var.deps.database.db;
    const main = stored.input.schedules[0];
    const meetings = await upcomingMeetings(db, access.groupId, new Date(), 6);
    const preview = main
      ? {
          words: describeSchedule(toStoredSchedule(main), c.var.locale),
          dates: meetings.map((mt) => when(mt.startsAt, mt.timezone, c.var.locale)),
        }
      : null;
    const done = c.req.query('done') ?? '';
    const notice =
      done === 'created'
        ? m.overview.created
        : done === 'saved'
          ? m.overview.saved
          : done === 'agreement'
            ? `${m.overview.saved} ${m.overview.agreementChanged}`
            : done === 'joined'
              ? m.invitation.accepted
              : (m.overview.changed as Record<string, string>)[done];
    const changes = stateChangesFor(access.published, access.status).filter(
      (ch) => ch !== 'end' || canManageLeaders(viewer, access),
    );
    return renderPage(
      c,
      { title: stored.input.name },
      <Overview
        m={m}
        locale={c.var.locale}
        group={{
          slug: access.slug,
          name: stored.input.name,
          kind: access.kind,
          policy: access.policy,
          published: access.published,
          status: access.status,
        }}
        notice={notice}
        preview={preview}
        waiting={await waitingCount(db, access.groupId)}
        agreementVersion={access.agreementVersion}
        changes={changes}
        intake={canEditIntakeQuestions(viewer, access)}
      />,
    );
  });

  app.get('/lead/:slug/edit', requireLeading(canLeadGroup), async (c) => {
    const lead = leading(c);
    const { stored } = lead;
    return renderForm(c, {
      kind: lead.access.kind,
      action: `/lead/${lead.access.slug}`,
      values: valuesOfStored(stored),
      title: fill(lead.m.form.editTitle, { name: stored.input.name }),
      editing: true,
    });
  });

  app.post('/lead/:slug', requireLeading(canLeadGroup), async (c) => {
    const lead = leading(c);
    const { access, m, viewer, stored } = lead;
    const db = c.var.deps.database.db;
    const body = await formBody(c);
    const values = valuesFromBody(body, valuesOfStored(stored));
    const parsed = parseGroupValues(values);
    const form = {
      kind: access.kind,
      action: `/lead/${access.slug}`,
      values,
      title: fill(m.form.editTitle, { name: stored.input.name }),
      editing: true,
      parsed,
    };
    if (!parsed.ok || one(body.intent) !== 'save') return renderForm(c, { ...form, preview: true });
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
      { agreement: f.agreement, showMemberNames: f.showMemberNames },
    );
    await auditGroup(c, viewer, 'group.updated', access.groupId);
    if (agreementChanged) {
      await auditGroup(c, viewer, 'group.agreement_changed', access.groupId, {
        version: (stored.agreement?.version ?? 0) + 1,
      });
    }
    return c.redirect(`/lead/${access.slug}?done=${agreementChanged ? 'agreement' : 'saved'}`, 303);
  });

  return app;
}
