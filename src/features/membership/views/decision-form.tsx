import { TextArea } from '../../../views/forms.js';
import type { MembershipText } from '../messages/index.js';
import type { GroupLink } from '../queries.js';

/**
 * A leader's answer to a request or an application: approve (or accept), screening for
 * applications, the waitlist, or decline with a note and suggested groups.
 */
export function DecisionForm({
  m,
  action,
  id,
  choices,
  screening,
  application,
}: {
  m: MembershipText;
  action: string;
  id: string;
  choices: GroupLink[];
  screening: boolean;
  application?: boolean;
}) {
  const t = m.people;
  return (
    <form method="post" action={action} class="decision">
      <TextArea
        name="note"
        id={`note-${id}`}
        label={t.noteLabel}
        hint={t.noteHint}
        maxlength={2000}
      />
      {choices.length > 0 ? (
        <fieldset>
          <legend>{t.referralsLabel}</legend>
          {choices.map((g, i) => (
            <p class="check">
              <input type="checkbox" id={`ref-${id}-${i}`} name="referrals" value={g.slug} />
              <label for={`ref-${id}-${i}`}>{g.name}</label>
            </p>
          ))}
        </fieldset>
      ) : null}
      <p class="actions">
        <button type="submit" name="decision" value="approve" class="button">
          {application ? t.accept : t.approve}
        </button>{' '}
        {screening ? (
          <>
            <button
              type="submit"
              name="decision"
              value="screening"
              class="button button--secondary"
            >
              {t.screening}
            </button>{' '}
          </>
        ) : null}
        <button type="submit" name="decision" value="waitlist" class="button button--secondary">
          {t.waitlist_}
        </button>{' '}
        <button type="submit" name="decision" value="decline" class="button button--secondary">
          {t.decline}
        </button>
      </p>
    </form>
  );
}
