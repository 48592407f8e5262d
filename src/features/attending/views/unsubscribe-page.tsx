import type { GroupMailKind } from '../../mail/preferences.js';
import type { AttendingText } from '../messages/index.js';

/**
 * The page an unsubscribe link opens. Following the link changes nothing (mail scanners follow
 * links); the button posts the form, as a mail app's one-click request does.
 */
export function UnsubscribePage(props: {
  t: AttendingText['unsubscribe'];
  kind: GroupMailKind;
  action: string;
  done: boolean;
}) {
  const { t } = props;
  const what = t.kinds[props.kind];
  return (
    <section>
      <h1>{t.title}</h1>
      {props.done ? (
        <p class="notice" role="status">
          {t.done(what)}
        </p>
      ) : (
        <form method="post" action={props.action}>
          <p>{t.confirm(what)}</p>
          <p>
            <button type="submit" class="button">
              {t.button}
            </button>
          </p>
        </form>
      )}
      <p>
        {t.change} <a href="/account#profile">{t.account}</a>
      </p>
    </section>
  );
}
