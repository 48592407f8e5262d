import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app-env.js';
import { type AttendingText, attendingText } from '../features/attending/messages/index.js';
import { rsvpsOf } from '../features/attending/rsvp.js';
import { RsvpControl, RsvpSaved } from '../features/attending/views/rsvp-control.js';
import { BoardLink } from '../features/boards/link.js';
import { badgesFor } from '../features/directory/badges.js';
import { findGroupBySlug } from '../features/directory/group-query.js';
import { seatsLeft, wordsFor } from '../features/directory/present.js';
import { VerifiedBadge } from '../features/directory/views/badge.js';
import { GroupPage } from '../features/directory/views/group-page.js';
import { MeasuresLink } from '../features/measures/link.js';
import { loadGroupAccess } from '../features/membership/access.js';
import { membershipPanel } from '../features/membership/panel.js';
import { canRsvp, canSeePrivateDetails, canViewGroup } from '../features/membership/policies.js';
import type { PanelProps } from '../features/membership/views/panel.js';
import { NotesLink } from '../features/notes/link.js';
import { RoomLink } from '../features/rooms/link.js';
import { therapistText } from '../features/therapists/messages/index.js';
import { NextPlan } from '../features/therapists/plan-views.js';
import { nextSharedPlan } from '../features/therapists/plans.js';
import { canReadSharedPlan } from '../features/therapists/policies.js';
import { cleanZone, zoneFor } from '../features/zones/zone.js';
import { regionOf } from '../i18n/locale.js';
import { publicOrigin } from '../lib/public-origin.js';
import { SLUG } from '../lib/slug-pattern.js';
import { formatOccurrence } from '../shared/schedule/index.js';
import { renderPage } from '../views/page.js';

// A group's page composes three features: the directory's listing, membership's joining
// panel and attending's answers; so it lives in the app layer, above all three (ADR 25).

/** Attending's controls on the group's list of meetings: the saved answer, then one per date. */
function rsvpActions(
  slug: string,
  answers: Map<number, boolean>,
  saved: string | undefined,
  t: AttendingText['rsvp'],
) {
  return {
    above: <RsvpSaved answer={saved} t={t} />,
    forMeeting: (start: Date, when: string) => (
      <RsvpControl
        slug={slug}
        start={start}
        when={when}
        going={answers.get(start.getTime()) ?? null}
        back={`/groups/${slug}`}
        t={t}
      />
    ),
  };
}

/**
 * A group's page for this viewer: the listing, and the joining panel with what the policies let
 * them see (members-only links for members and leaders; a draft only for its leaders). Also
 * drawn by membership forms that need to show an error on the page they came from.
 */
export async function showGroupPage(
  c: Context<AppEnv>,
  slug: string,
  options: {
    panel?: Pick<PanelProps, 'errors' | 'notice' | 'message'>;
    status?: ContentfulStatusCode;
  } = {},
) {
  const { config, database } = c.var.deps;
  const viewer = c.var.viewer;
  const region = regionOf(c);
  const w = wordsFor(c.var.locale, region);
  const access = await loadGroupAccess(database.db, { slug }, viewer);
  if (!access || !canViewGroup(viewer, access)) {
    throw new HTTPException(404, { message: w.m.group.notFound });
  }
  const group = await findGroupBySlug(database.db, slug, {
    privateDetails: canSeePrivateDetails(viewer, access),
    includeUnpublished: true,
  });
  if (!group) throw new HTTPException(404, { message: w.m.group.notFound });
  // The zone chosen on the page (`?tz=`), else the viewer's (features/zones), else the group's
  // own: a visitor whose zone is not known yet reads the times as the group keeps them.
  const viewerZone =
    cleanZone(c.req.query('tz')) ?? zoneFor(c, group.schedules[0]?.timezone ?? null);
  const origin = publicOrigin(c);
  const hasMap = group.mode !== 'online' && group.latitude != null && group.longitude != null;
  // Members answer "going" / "not going" next to each listed meeting (attending feature).
  const meetingActions = canRsvp(viewer, access)
    ? rsvpActions(
        group.slug,
        await rsvpsOf(
          database.db,
          viewer.id,
          group.id,
          group.occurrences.map((o) => o.start),
        ),
        c.req.query('rsvp'),
        attendingText(c.var.locale).rsvp,
      )
    : null;
  // The verified badge of a therapy group's leaders, and the next session's shared plan.
  const badges =
    group.kind === 'therapy'
      ? ((await badgesFor(database.db, [group.id])).get(group.id) ?? [])
      : [];
  const next = canReadSharedPlan(viewer, access)
    ? await nextSharedPlan(database.db, group.id)
    : null;
  const membership = await membershipPanel(c, access, {
    zone: viewerZone,
    full: seatsLeft(group) === 0,
    extra: options.panel,
  });
  return renderPage(
    c,
    {
      title: group.name,
      description: group.summary,
      scripts: hasMap ? ['map.js'] : [],
      times: true,
      styles: hasMap ? ['map.css'] : [],
      status: options.status,
    },
    <GroupPage
      map={config.map}
      group={group}
      viewerZone={viewerZone}
      pageUrl={`${origin}/groups/${group.slug}`}
      reported={c.req.query('reported') === '1'}
      membership={membership}
      spaces={
        <>
          <RoomLink viewer={viewer} access={access} locale={c.var.locale} />
          <BoardLink viewer={viewer} access={access} locale={c.var.locale} />
          <MeasuresLink viewer={viewer} access={access} locale={c.var.locale} />
          <NotesLink viewer={viewer} access={access} locale={c.var.locale} />
        </>
      }
      verified={badges.map((b) => <VerifiedBadge badge={b} w={w} explain />)}
      plan={
        next ? (
          <NextPlan
            t={therapistText(c.var.locale)}
            plan={next.plan}
            at={
              formatOccurrence(
                { start: next.at, end: next.at, localDate: '' },
                viewerZone,
                group.schedules[0]?.timezone ?? viewerZone,
                c.var.locale,
              ).viewer
            }
            of={next.of}
          />
        ) : null
      }
      meetingActions={meetingActions}
      w={w}
    />,
  );
}

export function groupPageRoutes() {
  const app = new Hono<AppEnv>();
  app.get(`/groups/:slug{${SLUG}}`, (c) => showGroupPage(c, c.req.param('slug')));
  return app;
}
