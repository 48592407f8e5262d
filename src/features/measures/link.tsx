import type { Locale } from '../../i18n/locales.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { measureText } from './messages/index.js';
import { canTakeMeasures } from './policies.js';

/** The way to a member's own check-ins (consent, what is asked, their chart), or null. */
export function MeasuresLink(p: { viewer: Viewer | null; access: GroupAccess; locale: Locale }) {
  if (!canTakeMeasures(p.viewer, p.access)) return null;
  return (
    <p class="room-link">
      <a href={`/groups/${p.access.slug}/measures`}>{measureText(p.locale).member.heading}</a>
    </p>
  );
}
