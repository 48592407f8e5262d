import type { AttendingText } from '../messages/index.js';

/** Where an RSVP form posts: the meeting is named by its start instant (ISO 8601, UTC). */
export const rsvpAction = (slug: string, start: Date) =>
  `/groups/${slug}/meetings/${start.toISOString()}/rsvp`;

/** The id of a meeting's control, so the answer's redirect comes back to it. */
export const meetingAnchor = (start: Date) => `meeting-${start.getTime()}`;

/**
 * "Going" / "Not going" for one meeting: a plain form (works without JavaScript), grouped under
 * a legend that names the meeting, so each pair of buttons is told apart by a screen reader.
 * The current answer is said in words and marked with aria-pressed.
 */
export function RsvpControl(props: {
  slug: string;
  start: Date;
  when: string;
  going: boolean | null;
  back: string;
  t: AttendingText['rsvp'];
}) {
  const { t, going } = props;
  return (
    <form
      method="post"
      action={rsvpAction(props.slug, props.start)}
      class="rsvp"
      id={meetingAnchor(props.start)}
    >
      <fieldset class="rsvp__choices">
        <legend class="visually-hidden">{t.legend(props.when)}</legend>
        <input type="hidden" name="back" value={props.back} />
        {going !== null ? (
          <span class="rsvp__answer">{going ? t.youreGoing : t.youreNotGoing}</span>
        ) : null}
        {([true, false] as const).map((choice) => (
          <>
            {' '}
            <button
              type="submit"
              name="going"
              value={choice ? 'yes' : 'no'}
              class={going === choice ? 'button' : 'button button--secondary'}
              aria-pressed={going === choice ? 'true' : 'false'}
            >
              {choice ? t.going : t.notGoing}
            </button>
          </>
        ))}
      </fieldset>
    </form>
  );
}

/** The line shown after an answer was saved (`?rsvp=yes|no` on the page it came back to). */
export function RsvpSaved({ answer, t }: { answer: string | undefined; t: AttendingText['rsvp'] }) {
  if (answer !== 'yes' && answer !== 'no') return null;
  return (
    <p class="notice" role="status">
      {answer === 'yes' ? t.savedGoing : t.savedNotGoing}
    </p>
  );
}
