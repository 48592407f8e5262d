import type { Locale } from '../../i18n/locales.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { roomText } from './messages/index.js';
import { canFindRoom } from './policies.js';

/** The way to a group's room, for its page (drawn by the app layer), or null. */
export function RoomLink(p: { viewer: Viewer | null; access: GroupAccess; locale: Locale }) {
  if (!canFindRoom(p.viewer, p.access)) return null;
  const t = roomText(p.locale).link;
  return (
    <p class="room-link">
      <a class="button button--secondary" href={`/groups/${p.access.slug}/room`}>
        {t.go}
      </a>
      <span class="hint">{t.hint}</span>
    </p>
  );
}
