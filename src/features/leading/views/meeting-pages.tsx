import type { Locale } from '../../../i18n/locales.js';
import { ErrorSummary, Field, type FieldErrors, Notice, TextArea } from '../../../views/forms.js';
import type { LeadText } from '../messages/index.js';
import type { Meeting, Member } from '../queries.js';
import { meetingPath, PageHead, when } from './parts.js';

export type ChangeRow = {
  originalStartsAt: Date;
  kind: 'cancelled' | 'moved';
  newStartsAt: Date | null;
  note: string;
};

type MeetingsProps = {
  m: LeadText;
  locale: Locale;
  slug: string;
  name: string;
  upcoming: Meeting[];
  past: Meeting[];
  changes: ChangeRow[];
  zone: string;
  notice?: string;
  /** The meeting whose form failed: problems keyed by field id, and what was typed. */
  failed?: { startsAt: string; errors: FieldErrors; values: Record<string, string> };
};

function MeetingForms(props: MeetingsProps & { meeting: Meeting }) {
  const { m, slug, meeting } = props;
  const t = m.meetings;
  const iso = meeting.startsAt.toISOString();
  const base = meetingPath(slug, meeting.startsAt);
  const failed = props.failed?.startsAt === iso ? props.failed : undefined;
  const errors = failed?.errors ?? {};
  const values = failed?.values ?? {};
  const key = meeting.startsAt.getTime();
  return (
    <>
      <details open={failed?.values.kind === 'cancel'}>
        <summary>{t.cancel}</summary>
        <form method="post" action={`${base}/cancel`}>
          <TextArea
            name="note"
            id={`cancel-note-${key}`}
            label={t.note}
            hint={t.noteHint}
            value={failed?.values.kind === 'cancel' ? (values.note ?? '') : ''}
            error={errors[`cancel-note-${key}`]}
            maxlength={500}
            rows={3}
          />
          <p>
            <button type="submit" class="button">
              {t.cancelButton}
            </button>
          </p>
        </form>
      </details>
      <details open={failed?.values.kind === 'move'}>
        <summary>{t.move}</summary>
        <form method="post" action={`${base}/move`}>
          <Field
            name="date"
            id={`date-${key}`}
            type="date"
            label={t.date}
            value={values.date ?? ''}
            error={errors[`date-${key}`]}
            required
          />
          <Field
            name="time"
            id={`time-${key}`}
            label={t.time}
            hint={m.form.startTimeHint}
            value={values.time ?? ''}
            error={errors[`time-${key}`]}
            maxlength={5}
            required
          />
          <TextArea
            name="note"
            id={`move-note-${key}`}
            label={t.note}
            hint={t.noteHint}
            value={failed?.values.kind === 'move' ? (values.note ?? '') : ''}
            error={errors[`move-note-${key}`]}
            maxlength={500}
            rows={3}
          />
          <p>
            <button type="submit" class="button">
              {t.moveButton}
            </button>
          </p>
        </form>
      </details>
    </>
  );
}

export function MeetingsPage(props: MeetingsProps) {
  const { m, locale } = props;
  const t = m.meetings;
  return (
    <section>
      <PageHead
        title={t.title(props.name)}
        slug={props.slug}
        back={m.overview.manage}
        notice={props.notice}
      />
      {props.failed ? <ErrorSummary errors={props.failed.errors} title={m.errorTitle} /> : null}
      <h2>{t.upcoming}</h2>
      {props.upcoming.length === 0 ? <p>{t.none}</p> : null}
      <ul class="meeting-list">
        {props.upcoming.map((meeting) => (
          <li>
            <h3>{when(meeting.startsAt, meeting.timezone, locale)}</h3>
            <MeetingForms {...props} meeting={meeting} />
          </li>
        ))}
      </ul>
      {props.changes.length > 0 ? (
        <>
          <h2>{t.changes}</h2>
          <ul>
            {props.changes.map((ch) => (
              <li>
                {ch.kind === 'cancelled'
                  ? t.changeCancelled(when(ch.originalStartsAt, props.zone, locale))
                  : t.changeMoved(
                      when(ch.originalStartsAt, props.zone, locale),
                      ch.newStartsAt ? when(ch.newStartsAt, props.zone, locale) : '',
                    )}
                {ch.note ? ` — “${ch.note}”` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t.past}</h2>
      <ul>
        {props.past.map((meeting) => (
          <li>
            {when(meeting.startsAt, meeting.timezone, locale)}:{' '}
            <a href={meetingPath(props.slug, meeting.startsAt)}>{t.takeAttendance}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AttendancePage(props: {
  m: LeadText;
  slug: string;
  title: string;
  members: Member[];
  present: Set<string>;
  saved: boolean;
  action: string;
}) {
  const t = props.m.attendance;
  return (
    <section class="form-narrow">
      <h1>{props.title}</h1>
      <p>
        <a href={`/lead/${props.slug}/meetings`}>{props.m.overview.meetings}</a> ·{' '}
        <a href={`/lead/${props.slug}/attendance`}>{props.m.overview.attendance}</a>
      </p>
      {props.saved ? (
        <Notice>
          <p>{t.saved}</p>
        </Notice>
      ) : null}
      {props.members.length === 0 ? (
        <p>{t.noMembers}</p>
      ) : (
        <form method="post" action={props.action}>
          <fieldset class="checks">
            <legend>{t.present}</legend>
            <p class="hint">{t.lead}</p>
            {props.members.map((member) => (
              <label>
                <input
                  type="checkbox"
                  name="present"
                  value={member.userId}
                  checked={props.present.has(member.userId)}
                />{' '}
                {member.name}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="submit" class="button">
              {t.save}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

export function HistoryPage(props: {
  m: LeadText;
  locale: Locale;
  slug: string;
  name: string;
  zone: string;
  perMeeting: { startsAt: Date; present: number; recorded: number }[];
  perMember: { name: string; attended: number; recorded: number }[];
}) {
  const t = props.m.attendance;
  return (
    <section>
      <h1>{t.historyTitle(props.name)}</h1>
      <p>
        <a href={`/lead/${props.slug}`}>{props.m.overview.manage}</a> ·{' '}
        <a href={`/lead/${props.slug}/meetings`}>{props.m.overview.meetings}</a>
      </p>
      {props.perMeeting.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <h2>{t.perMeeting}</h2>
          <table class="table-stack">
            <thead>
              <tr>
                <th scope="col">{t.meeting}</th>
                <th scope="col">{t.came}</th>
                <th scope="col">{t.recorded}</th>
              </tr>
            </thead>
            <tbody>
              {props.perMeeting.map((row) => (
                <tr>
                  <th scope="row" data-label={t.meeting}>
                    <a href={meetingPath(props.slug, row.startsAt)}>
                      {when(row.startsAt, props.zone, props.locale)}
                    </a>
                  </th>
                  <td data-label={t.came}>{row.present}</td>
                  <td data-label={t.recorded}>{row.recorded}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t.perMember}</h2>
          <table class="table-stack">
            <thead>
              <tr>
                <th scope="col">{t.member}</th>
                <th scope="col">{t.attended}</th>
                <th scope="col">{t.recorded}</th>
              </tr>
            </thead>
            <tbody>
              {props.perMember.map((row) => (
                <tr>
                  <th scope="row" data-label={t.member}>
                    {row.name}
                  </th>
                  <td data-label={t.attended}>{row.attended}</td>
                  <td data-label={t.recorded}>{row.recorded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
