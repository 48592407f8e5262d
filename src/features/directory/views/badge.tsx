import { plainDateOf } from '../../../shared/schedule/format.js';
import type { Badge } from '../badges.js';
import type { Words } from '../present.js';

/**
 * The verified badge in full (a group's page, a therapist's profile): who, which licence,
 * where, when it was checked and until when it holds, and what the check means.
 */
export function VerifiedBadge({
  badge,
  w,
  link = true,
  explain = false,
}: {
  badge: Badge;
  w: Words;
  link?: boolean;
  explain?: boolean;
}) {
  const t = w.m.badge;
  const until = plainDateOf(badge.expiresOn, w.locale);
  return (
    <div class="verified">
      <p class="verified__who">
        <span class="badge badge--verified">{t.verified}</span>{' '}
        {link && badge.slug ? (
          <a href={`/therapists/${badge.slug}`}>{badge.name}</a>
        ) : (
          <strong>{badge.name}</strong>
        )}
      </p>
      <p class="verified__licence">
        <span class="visually-hidden">{t.label}: </span>
        {t.licence(badge.licenceType, badge.jurisdiction)} ·{' '}
        {badge.verifiedOn
          ? t.dates(plainDateOf(badge.verifiedOn.toISOString().slice(0, 10), w.locale), until)
          : t.datesUntil(until)}
      </p>
      {explain ? <p class="hint">{t.what}</p> : null}
    </div>
  );
}
