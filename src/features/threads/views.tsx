import type { Child } from 'hono/jsx';
import type { Locale } from '../../i18n/locales.js';
import { ErrorSummary, Notice, TextArea } from '../../views/forms.js';
import { WorriedButton } from '../safety/views.js';
import type { ThreadText } from './messages/index.js';
import { MAX_MESSAGE, type ThreadMessage, type ThreadSummary } from './queries.js';

type Fmt = (d: Date) => string;

/** The messages of one thread, each with who wrote it and when; the reader's own are "You". */
function Messages(props: {
  t: ThreadText;
  messages: ThreadMessage[];
  fmt: Fmt;
  reader: 'person' | 'leaders';
  personName?: string;
  /** On the leaders' side: "worried about this person" under each of the person's messages. */
  worried?: { locale: Locale; back: string };
}) {
  const { t, messages, fmt, reader, worried } = props;
  if (messages.length === 0) return <p class="muted">{t.none}</p>;
  const who = (m: ThreadMessage) => {
    if (m.fromLeaders) {
      const name = m.authorName ?? t.aLeader;
      return reader === 'person' ? `${name} ${t.leaderSuffix}` : name;
    }
    return reader === 'person' ? t.you : (props.personName ?? t.lead_.someone);
  };
  return (
    <ol class="thread">
      {messages.map((m) => (
        <li class={m.fromLeaders ? 'thread__message thread__message--leaders' : 'thread__message'}>
          <p class="thread__meta">
            <strong>{who(m)}</strong> ·{' '}
            <time datetime={m.createdAt.toISOString()}>{fmt(m.createdAt)}</time>
          </p>
          <p class="thread__body">{m.body}</p>
          {worried && !m.fromLeaders ? (
            <WorriedButton
              locale={worried.locale}
              item="thread_message"
              id={m.id}
              back={worried.back}
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

type ThreadPageProps = {
  t: ThreadText;
  messages: ThreadMessage[];
  fmt: Fmt;
  sent: boolean;
  value?: string;
  error?: string;
};

/**
 * One thread and the box to add to it, for either side: the person (with what the page is and a
 * crisis line) or the group's leaders (with the person's name).
 */
function ThreadPage(
  props: ThreadPageProps & {
    heading: string;
    intro?: Child;
    reader: 'person' | 'leaders';
    personName?: string;
    action: string;
    words: { label: string; hint: string; send: string; sent: string };
    back: { href: string; label: string };
    worried?: { locale: Locale; back: string };
  },
) {
  const { t, words } = props;
  return (
    <section class="form-narrow">
      <h1>{props.heading}</h1>
      <ErrorSummary errors={{ message: props.error }} title={t.errors.summary} />
      {props.sent ? (
        <Notice>
          <p>{words.sent}</p>
        </Notice>
      ) : null}
      {props.intro}
      <Messages
        t={t}
        messages={props.messages}
        fmt={props.fmt}
        reader={props.reader}
        personName={props.personName}
        worried={props.worried}
      />
      <form method="post" action={props.action}>
        <TextArea
          name="message"
          label={words.label}
          hint={words.hint}
          value={props.value}
          error={props.error}
          maxlength={MAX_MESSAGE}
          rows={6}
          required
        />
        <p>
          <button type="submit" class="button">
            {words.send}
          </button>
        </p>
      </form>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
    </section>
  );
}

/** The person's side: their thread with the leaders of one group, and a box to write more. */
export function PersonThreadPage(props: ThreadPageProps & { groupName: string; slug: string }) {
  const { t } = props;
  return (
    <ThreadPage
      {...props}
      heading={t.title(props.groupName)}
      intro={
        <>
          <p>{t.lead}</p>
          <p class="muted">{t.crisis}</p>
        </>
      }
      reader="person"
      action={`/groups/${props.slug}/write`}
      words={{ label: t.message, hint: t.messageHint, send: t.send, sent: t.sent }}
      back={{ href: `/groups/${props.slug}`, label: t.back }}
    />
  );
}

/** The leaders' list of threads in one group. */
export function ThreadsPage(props: {
  t: ThreadText;
  groupName: string;
  slug: string;
  threads: ThreadSummary[];
  fmt: Fmt;
}) {
  const t = props.t.lead_;
  return (
    <section>
      <h1>{t.title(props.groupName)}</h1>
      <p>{t.intro}</p>
      {props.threads.length === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <ul class="notification-list">
          {props.threads.map((x) => (
            <li class={x.unread > 0 ? 'notification unread' : 'notification'}>
              <p>
                <a href={`/lead/${props.slug}/threads/${x.personId}`}>{t.thread(x.personName)}</a>
                {x.unread > 0 ? <strong> · {t.unread(x.unread)}</strong> : null}
              </p>
              <p class="muted">
                {t.last}: <time datetime={x.lastAt.toISOString()}>{props.fmt(x.lastAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One thread as its group's leaders see it, with the answer box. */
export function LeaderThreadPage(
  props: ThreadPageProps & { slug: string; personId: string; personName: string; locale: Locale },
) {
  const l = props.t.lead_;
  const here = `/lead/${props.slug}/threads/${props.personId}`;
  return (
    <ThreadPage
      {...props}
      heading={l.thread(props.personName)}
      reader="leaders"
      action={here}
      worried={{ locale: props.locale, back: here }}
      words={{ label: l.reply, hint: l.replyHint, send: l.send, sent: l.sent }}
      back={{ href: `/lead/${props.slug}/threads`, label: l.all }}
    />
  );
}
