import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { canReadIntake, isMember } from '../membership/policies.js';

/**
 * Who may do what with outcome measures (docs/measures.md), as named functions of the viewer
 * and their standing in the group (membership/access.ts). measures-routes.test.ts checks every
 * persona against every route. Scores are health information written for the group's
 * therapists: no policy here names administrators, and the score-reading one refuses anyone
 * with the administrator role even if they also lead the group, so moderation and care stay
 * apart.
 */
type V = Viewer | null;
type A = GroupAccess;

/**
 * The group's therapists: they lead this therapy group as verified professionals (the rule of
 * intake answers), and are not administrators. They read every member's scores, the group's
 * outcomes, and set the schedule.
 */
export const canReadScores = (v: V, a: A): v is Viewer =>
  v !== null && canReadIntake(v, a) && v.role !== 'admin';

/** Choosing which measures are sent and how often: those who read them. */
export const canScheduleMeasures = (v: V, a: A): v is Viewer => canReadScores(v, a);

/**
 * A therapy group's members: give or withdraw consent, answer what they were sent, and see their
 * own chart. Only their own: no route takes another member's id on this side.
 */
export const canTakeMeasures = (v: V, a: A): v is Viewer =>
  v !== null && a.kind === 'therapy' && a.leaderRole === null && isMember(a);
