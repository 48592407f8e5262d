import type { Locale } from '../../i18n/locales.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { notesText } from './messages/index.js';
import { canReadOwnNotes } from './policies.js';

/** The way to a member's own session notes, for a therapy group's page, or null. */
export function NotesLink(p: { viewer: Viewer | null; access: GroupAccess; locale: Locale }) {
  if (!canReadOwnNotes(p.viewer, p.access)) return null;
  return (
    <p class="room-link">
      <a href={`/groups/${p.access.slug}/notes`}>{notesText(p.locale).mine.link}</a>
    </p>
  );
}
