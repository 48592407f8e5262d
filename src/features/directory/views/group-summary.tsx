import { plainDateOf } from '../../../shared/schedule/format.js';
import { describeSchedule, formatOccurrence } from '../../../shared/schedule/index.js';
import { techniqueLabel, topicLabel } from '../../../shared/taxonomy/index.js';
import { Icon } from '../../../views/icon.js';
import type { GroupDetail } from '../group-query.js';
import { costText, count, listText, placeText, seatsLeft, type Words } from '../present.js';

/**
 * The group page's summaries: the essentials in the first screen (KeyFacts), the five
 * differences filled from this group's data (atAGlance), and what a first meeting is like.
 */
/** "grief and loss", but "PTSD" and "LGBTQ+" keep their capitals. */
const inSentence = (label: string) =>
  label.length > 1 && label[1] === label[1]!.toLowerCase()
    ? label[0]!.toLowerCase() + label.slice(1)
    : label;

/**
 * The language the group writes its own texts in, when it is not the page's: a Spanish page
 * showing an English-only group's description marks it lang="en" so it is read out right.
 */
export function contentLang(languages: string[], page: string): string | undefined {
  if (languages.length === 0 || languages.includes(page)) return undefined;
  return languages.find((code) => /^[a-z]{2}$/.test(code));
}

/** The five differences, filled from this group's own data. */
export function atAGlance(g: GroupDetail, w: Words): [string, string][] {
  const m = w.m.group;
  const topics = listText(
    g.topics.map((code) => inSentence(topicLabel(code, w.locale))),
    w,
  );
  const peers = g.leaders.filter((l) => l.role === 'peer').map((l) => l.displayName);
  const pros = g.leaders.filter((l) => l.role === 'professional');
  if (g.kind === 'support') {
    const t = m.support;
    return [
      [m.terms.leadership, peers.length ? t.peerLedBy(listText(peers, w)) : t.peerLed],
      [m.terms.purpose, t.purpose(topics || t.sharedChallenge)],
      [m.terms.structure, g.policy === 'drop_in' ? t.structureDropIn : t.structureWelcome],
      [m.terms.confidentiality, t.confidentiality],
      [m.terms.techniques, t.techniques],
    ];
  }
  const t = m.therapy;
  const who = pros.map((l) => `${l.displayName}${l.credentials ? `, ${l.credentials}` : ''}`);
  const sessions = g.therapySessions ? t.sessions(count(g.therapySessions, w)) : t.regularSessions;
  const start = g.therapyStartDate ? t.starting(plainDateOf(g.therapyStartDate, w.locale)) : '';
  return [
    [m.terms.leadership, t.ledBy(listText(who, w) || t.aTherapist)],
    [m.terms.purpose, t.purpose(topics || t.sharedGoals)],
    [m.terms.structure, `${sessions}${start}${t.agenda}${g.screening ? t.screened : ''}.`],
    [m.terms.confidentiality, t.confidentiality],
    [
      m.terms.techniques,
      g.techniques.length
        ? g.techniques.map((code) => techniqueLabel(code, w.locale)).join(', ')
        : t.techniques,
    ],
  ];
}

/**
 * The essentials in the first screen of a phone: when the next meeting is (in the viewer's
 * zone), where or how it meets, and what joining asks and costs. Each row is detailed below.
 */
export function KeyFacts({ g, viewerZone, w }: { g: GroupDetail; viewerZone: string; w: Words }) {
  const m = w.m.group;
  const next = g.status === 'active' ? g.occurrences[0] : undefined;
  const when = next
    ? formatOccurrence({ ...next, localDate: '' }, viewerZone, next.timezone, w.locale)
    : undefined;
  const seats = g.kind === 'therapy' ? seatsLeft(g) : null;
  return (
    <dl class="group-key">
      <div>
        <dt>
          <Icon name="clock" />
          <span class="visually-hidden">{m.when}</span>
        </dt>
        <dd>
          {when ? (
            <>
              <strong>{when.viewer}</strong>
              {when.group ? <span class="muted">{w.m.results.localTime(when.group)}</span> : null}
            </>
          ) : (
            w.m.results.noMeetings
          )}
          {g.schedules[0] ? (
            <span class="group-key__more">{describeSchedule(g.schedules[0], w.locale)}</span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>
          <Icon name={g.mode === 'online' ? 'screen' : 'place'} />
          <span class="visually-hidden">{m.where}</span>
        </dt>
        <dd>{placeText(g, w)}</dd>
      </div>
      <div>
        <dt>
          <Icon name="people" />
          <span class="visually-hidden">{m.joining}</span>
        </dt>
        <dd>
          {w.m.policiesShort[g.policy]} · {costText(g, w)}
          {seats != null
            ? ` · ${seats === 0 ? m.fullWaitlist : m.seatsOf(count(seats, w), count(g.capacity ?? 0, w))}`
            : ''}
        </dd>
      </div>
    </dl>
  );
}

export function FirstVisit({ g, w, lang }: { g: GroupDetail; w: Words; lang?: string }) {
  if (g.firstVisit) return <p lang={lang}>{g.firstVisit}</p>;
  return <p>{g.kind === 'support' ? w.m.group.firstSupport : w.m.group.firstTherapy}</p>;
}
