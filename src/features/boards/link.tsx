import type { Locale } from '../../i18n/locales.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { boardText } from './messages/index.js';
import { canReadBoard } from './policies.js';

/** The way to a group's board, for its page (drawn by the app layer), or null. */
export function BoardLink(p: { viewer: Viewer | null; access: GroupAccess; locale: Locale }) {
  if (!canReadBoard(p.viewer, p.access)) return null;
  const t = boardText(p.locale).link;
  return (
    <p class="room-link">
      <a class="button button--secondary" href={`/groups/${p.access.slug}/board`}>
        {t.go}
      </a>
      <span class="hint">{t.hint}</span>
    </p>
  );
}
