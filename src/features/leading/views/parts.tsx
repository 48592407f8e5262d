import type { Locale } from '../../../i18n/locales.js';
import { formatOccurrence } from '../../../shared/schedule/index.js';
import { Notice } from '../../../views/forms.js';

/** A meeting's start in its group's own zone and the reader's language. */
export function when(startsAt: Date, zone: string, locale: Locale): string {
  const f = formatOccurrence({ start: startsAt, end: startsAt, localDate: '' }, zone, zone, locale);
  return f.viewer;
}

/** The path of a meeting: its start as an ISO instant (no personal data). */
export const meetingPath = (slug: string, startsAt: Date) =>
  `/lead/${slug}/meetings/${encodeURIComponent(startsAt.toISOString())}`;

/** A led group's page heading, the way back to its overview, and what just happened. */
export function PageHead(props: { title: string; slug: string; back: string; notice?: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>
        <a href={`/lead/${props.slug}`}>{props.back}</a>
      </p>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
    </>
  );
}
