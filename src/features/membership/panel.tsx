import type { Context } from 'hono';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import type { GroupAccess } from './access.js';
import { membershipText } from './messages/index.js';
import {
  canAskToJoin,
  canLeadGroup,
  canSeeMemberCount,
  canSeeMemberNames,
  canWriteToLeaders,
} from './policies.js';
import {
  currentAgreementOf,
  declineOf,
  memberCount,
  memberNames,
  waitlistPosition,
} from './queries.js';
import { MembershipPanel, type PanelProps } from './views/panel.js';

/** A date and time in the viewer's zone and language, for membership pages. */
export function viewerDateTime(c: Context<AppEnv>, zone: string) {
  return (d: Date) =>
    DateTime.fromJSDate(d)
      .setZone(zone)
      .setLocale(c.var.locale)
      .toLocaleString(DateTime.DATETIME_MED);
}

/**
 * The "Joining this group" panel for this viewer. What it reveals follows the policies: the
 * member count to members and leaders, names only when the group opted in.
 */
export async function membershipPanel(
  c: Context<AppEnv>,
  access: GroupAccess,
  options: {
    zone: string;
    full: boolean;
    extra?: Pick<PanelProps, 'errors' | 'notice' | 'message'>;
  },
) {
  const { db } = c.var.deps.database;
  const viewer = c.var.viewer;
  const m = membershipText(c.var.locale);
  const status = access.membership?.status;
  const membershipId = access.membership?.id;
  const offer = access.membership?.offerExpiresAt;
  const canAsk = canAskToJoin(viewer, access);
  // The agreement's words are read only when they will be shown: to someone who may join, or
  // to a member who has not accepted the current version (visitors, the commonest case, skip it).
  const showAgreement =
    access.agreementVersion !== null &&
    (canAsk ||
      (status === 'member' &&
        (access.membership?.agreementVersion ?? 0) < access.agreementVersion));
  const props: PanelProps = {
    m,
    access,
    signedIn: viewer !== null,
    canAsk,
    canLead: canLeadGroup(viewer, access),
    canWrite: canWriteToLeaders(viewer, access),
    agreement: showAgreement ? await currentAgreementOf(db, access.groupId) : null,
    full: options.full,
    count: canSeeMemberCount(viewer, access) ? await memberCount(db, access.groupId) : undefined,
    names: canSeeMemberNames(viewer, access) ? await memberNames(db, access.groupId) : undefined,
    position:
      status === 'waitlisted' && membershipId
        ? await waitlistPosition(db, access.groupId, membershipId)
        : undefined,
    offerUntil: status === 'offered' && offer ? viewerDateTime(c, options.zone)(offer) : undefined,
    decline: membershipId ? await declineOf(db, membershipId) : null,
    notice: (m.done as Record<string, string>)[c.req.query('done') ?? ''],
    ...options.extra,
  };
  return <MembershipPanel {...props} />;
}
