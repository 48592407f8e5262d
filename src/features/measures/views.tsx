import type { Locale } from '../../i18n/locales.js';
import { Choices, ErrorSummary, type FieldErrors, Notice } from '../../views/forms.js';
import { ScoreChart } from './chart.js';
import { groupOutcome, INSTRUMENT_CODES, INSTRUMENTS, type InstrumentCode } from './instruments.js';
import type { MeasureText } from './messages/index.js';
import type { Consent, MemberLine, OpenRequest, Series } from './queries.js';
import { CADENCE_CODES, type Cadence } from './requests.js';

type Fmt = (d: Date) => string;

/** Every measure that has scores, as a chart with its table. */
function Charts(props: {
  m: MeasureText;
  series: Series | undefined;
  fmt: Fmt;
  short: Fmt;
  none: string;
  item9?: boolean;
  locale: Locale;
}) {
  const drawn = INSTRUMENT_CODES.filter((code) => (props.series?.[code].length ?? 0) > 0);
  if (drawn.length === 0) return <p>{props.none}</p>;
  return (
    <>
      {drawn.map((code) => (
        <ScoreChart
          m={props.m}
          instrument={code}
          points={props.series?.[code] ?? []}
          fmt={props.fmt}
          short={props.short}
          item9={props.item9}
          options={INSTRUMENTS[code].wording[props.locale].options}
        />
      ))}
    </>
  );
}

/** A member's page in one group: their agreement, what waits for them, their own charts. */
export function MemberPage(props: {
  m: MeasureText;
  locale: Locale;
  group: { name: string; slug: string };
  consent: Consent;
  open: OpenRequest[];
  series: Series | undefined;
  notice?: string;
  fmt: Fmt;
  fmtDay: Fmt;
  fmtShort: Fmt;
}) {
  const { m, consent } = props;
  const t = m.member;
  const base = `/groups/${props.group.slug}/measures`;
  const agreed = consent !== null && consent.withdrawnAt === null;
  return (
    <section class="measures">
      <h1>{t.heading}</h1>
      <p class="lead">{props.group.name}</p>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      <p>{t.lead}</p>
      <p>{t.who}</p>
      {agreed ? (
        <section aria-labelledby="open-heading">
          <h2 id="open-heading">{t.open}</h2>
          {props.open.length === 0 ? (
            <p>{t.noneOpen}</p>
          ) : (
            <ul class="measure-open">
              {props.open.map((r) => (
                <li>
                  <a class="button" href={`${base}/${r.id}`}>
                    {t.answer(INSTRUMENTS[r.instrument].label)}
                  </a>{' '}
                  <span class="hint">{t.forSession(props.fmt(r.startsAt))}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t.yourScores}</h2>
        <Charts
          m={m}
          series={props.series}
          fmt={props.fmtDay}
          short={props.fmtShort}
          none={t.noScores}
          locale={props.locale}
        />
      </section>
      <section aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t.consentHeading}</h2>
        {agreed ? (
          <>
            <p>{t.consentGiven(props.fmtDay(consent.givenAt))}</p>
            <form method="post" action={`${base}/withdraw`}>
              <p class="hint" id="withdraw-hint">
                {t.withdrawHint}
              </p>
              <button
                type="submit"
                class="button button--secondary"
                aria-describedby="withdraw-hint"
              >
                {t.withdrawButton}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>
              {consent?.withdrawnAt
                ? t.consentWithdrawn(props.fmtDay(consent.withdrawnAt))
                : t.consentNone}
            </p>
            <p>{t.consentAsk}</p>
            <form method="post" action={`${base}/consent`}>
              <button type="submit" class="button">
                {t.consentButton}
              </button>
            </form>
          </>
        )}
      </section>
      <p>
        <a href={`/groups/${props.group.slug}`}>{t.back}</a>
      </p>
    </section>
  );
}

/**
 * One measure as one short form: the published stem, then each item as a fieldset whose legend
 * is the question, four radios with whole-row labels (large targets, no JavaScript).
 */
export function AnswerPage(props: {
  m: MeasureText;
  locale: Locale;
  action: string;
  instrument: InstrumentCode;
  values: (string | undefined)[];
  errors: FieldErrors;
}) {
  const { m } = props;
  const inst = INSTRUMENTS[props.instrument];
  const w = inst.wording[props.locale];
  return (
    <section class="measures measure-form">
      <ErrorSummary errors={props.errors} title={m.answer.errorsTitle} />
      <h1>{w.name}</h1>
      <p class="lead">{w.stem}</p>
      <p class="hint">
        {m.answer.lead} {m.answer.time}
      </p>
      <form method="post" action={props.action} novalidate>
        {w.items.map((item, i) => (
          <Choices
            type="radio"
            name={`q${i + 1}`}
            legend={`${i + 1}. ${item}`}
            options={w.options.map((o, v) => [String(v), o])}
            selected={props.values[i] !== undefined ? [props.values[i] as string] : []}
            error={props.errors[`q${i + 1}`]}
          />
        ))}
        {props.instrument === 'phq9' ? <p class="hint">{m.answer.crisis}</p> : null}
        <p>
          <button type="submit" class="button">
            {m.answer.send}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The therapists' page: the schedule, the group's outcomes with their definitions, members. */
export function LeadPage(props: {
  m: MeasureText;
  group: { name: string; slug: string };
  schedule: { cadence: Cadence; instruments: InstrumentCode[] };
  members: MemberLine[];
  scores: Map<string, Series>;
  notice?: string;
  errors: FieldErrors;
}) {
  const { m, scores } = props;
  const t = m.lead;
  const base = `/lead/${props.group.slug}/measures`;
  const outcomes = INSTRUMENT_CODES.map((code) => ({
    code,
    ...groupOutcome(
      code,
      [...scores.values()].map((s) => s[code].map((p) => p.score)),
    ),
  })).filter((o) => o.measured > 0);
  return (
    <section class="measures">
      <ErrorSummary errors={props.errors} title={t.noInstrument} />
      <h1>{t.heading}</h1>
      <p class="lead">{props.group.name}</p>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      <p>{t.lead}</p>
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t.scheduleHeading}</h2>
        <form method="post" action={`${base}/schedule`}>
          <Choices
            type="checkbox"
            name="instruments"
            legend={t.instruments}
            options={INSTRUMENT_CODES.map((c) => [c, INSTRUMENTS[c].label])}
            selected={props.schedule.instruments}
            error={props.errors.instruments}
          />
          <Choices
            type="radio"
            name="cadence"
            legend={t.cadence}
            hint={t.cadenceHint}
            options={CADENCE_CODES.map((c) => [c, m.cadences[c]])}
            selected={[props.schedule.cadence]}
          />
          <p>
            <button type="submit" class="button">
              {t.save}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t.outcomesHeading}</h2>
        {outcomes.length === 0 ? <p>{t.outcomesNone}</p> : null}
        {outcomes.map((o) => (
          <div class="card measure-outcome">
            <h3>{INSTRUMENTS[o.code].label}</h3>
            <p>{t.measured(o.measured)}</p>
            <ul>
              <li>{t.improved(o.reliablyImproved, o.measured)}</li>
              <li>{t.recovered(o.recovered, o.atCaseness)}</li>
            </ul>
          </div>
        ))}
        <h3>{t.definitionsHeading}</h3>
        <ul>
          <li>{t.definitions.phq9}</li>
          <li>{t.definitions.gad7}</li>
          <li>{t.definitions.bands}</li>
        </ul>
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t.membersHeading}</h2>
        {props.members.length === 0 ? (
          <p>{t.noMembers}</p>
        ) : (
          <table class="table-stack">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.consent}</th>
                {INSTRUMENT_CODES.map((c) => (
                  <th scope="col">{t.latest(INSTRUMENTS[c].label)}</th>
                ))}
                <th scope="col">
                  <span class="visually-hidden">{t.view}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.members.map((p) => (
                <tr>
                  <th scope="row" data-label={t.name}>
                    {p.name}
                  </th>
                  <td data-label={t.consent}>{t[p.consent]}</td>
                  {INSTRUMENT_CODES.map((c) => {
                    const last = scores.get(p.id)?.[c].at(-1);
                    return (
                      <td data-label={t.latest(INSTRUMENTS[c].label)}>
                        {last ? `${last.score} (${m.bands[last.band]})` : t.none}
                      </td>
                    );
                  })}
                  <td data-label="">
                    <a href={`${base}/${p.id}`}>
                      {t.view}
                      <span class="visually-hidden">{`: ${p.name}`}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p>
        <a href={`/lead/${props.group.slug}`}>{t.back}</a>
      </p>
    </section>
  );
}

/** One member's scores, for the group's therapists (with each answer to PHQ-9 question 9). */
export function PersonPage(props: {
  m: MeasureText;
  locale: Locale;
  slug: string;
  name: string;
  series: Series | undefined;
  fmt: Fmt;
  fmtShort: Fmt;
}) {
  const { m } = props;
  return (
    <section class="measures">
      <h1>{m.person.heading(props.name)}</h1>
      <Charts
        m={m}
        series={props.series}
        fmt={props.fmt}
        short={props.fmtShort}
        none={m.person.none}
        item9
        locale={props.locale}
      />
      <p>
        <a href={`/lead/${props.slug}/measures`}>{m.person.back}</a>
      </p>
    </section>
  );
}
