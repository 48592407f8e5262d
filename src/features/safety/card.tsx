import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { regionOf } from '../../i18n/locale.js';
import type { Locale } from '../../i18n/locales.js';
import { renderPage } from '../../views/page.js';
import { CrisisContacts } from '../crisis/contacts.js';
import { type CrisisRegion, crisisRegionFor } from '../crisis/crisis-lines.js';
import type { Level } from './assess.js';
import { safetyText } from './messages/index.js';

export type CardFacts = {
  level: Exclude<Level, 'none'>;
  /** Who was told: the group's leaders, or the Gatherwell team when nobody leads it. */
  told: 'leaders' | 'admins';
  group: { name: string; slug: string } | null;
  /** What the person just did, confirmed in one line. */
  sent: 'application' | 'request' | 'message' | 'answers';
  /** Their words wait for a leader before others see them (rooms and boards). */
  held?: boolean;
  /** Where the person was going when the card stopped them. */
  next: string;
};

const emergencyOf = (region: CrisisRegion, locale: Locale) => region.emergency.display[locale];

/**
 * The private card a person sees at once when what they wrote was assessed `urgent` or
 * `concern`. Safe-messaging rules: calm words, no judgement, the way to talk to someone first
 * (the emergency number leads for `urgent`), honest about who was told, and never in the way:
 * what they wrote was sent, and Continue takes them where they were going.
 */
export function SupportCard({
  facts,
  region,
  locale,
}: {
  facts: CardFacts;
  region: CrisisRegion;
  locale: Locale;
}) {
  const m = safetyText(locale).card;
  return (
    <section class="support-card" aria-labelledby="support-title">
      <h1 id="support-title">{m.title}</h1>
      {facts.level === 'urgent' ? (
        <p class="support-card__first">
          <strong>{m.urgentFirst(emergencyOf(region, locale))}</strong>{' '}
          <a class="button" href={`tel:${region.emergency.call}`}>
            {m.callEmergency(region.emergency.call)}
          </a>
        </p>
      ) : null}
      <p class="lead">{m.lead}</p>
      <p>{m.talk}</p>
      <CrisisContacts region={region} locale={locale} level={2} />
      <p>
        {facts.held
          ? m.held
          : facts.told === 'leaders' && facts.group
            ? m.told(facts.group.name)
            : m.toldAdmins}
      </p>
      {facts.group && facts.told === 'leaders' ? (
        <p>
          <a class="button button--secondary" href={`/groups/${facts.group.slug}/write`}>
            {m.writeNow}
          </a>
        </p>
      ) : null}
      <p class="hint">{m.sent[facts.sent]}</p>
      <p>
        <a href={facts.next}>{m.continue}</a>
      </p>
    </section>
  );
}

/** Answer a write with the card instead of the usual redirect (nothing about it in the URL). */
export function renderSupportCard(c: Context<AppEnv>, facts: CardFacts) {
  c.header('Cache-Control', 'no-store');
  const region = crisisRegionFor(regionOf(c));
  return renderPage(
    c,
    { title: safetyText(c.var.locale).card.title },
    <SupportCard facts={facts} region={region} locale={c.var.locale} />,
  );
}

/**
 * Above the results of a search (or the guide's answer) whose words were assessed `urgent` or
 * `concern`: the crisis lines, before anything else. Nothing about the search is kept.
 */
export function CrisisCard({ region, locale }: { region: CrisisRegion; locale: Locale }) {
  const m = safetyText(locale).card;
  return (
    <section class="support-card support-card--compact" aria-labelledby="crisis-card-title">
      <h2 id="crisis-card-title">{m.searchTitle}</h2>
      <p>{m.searchLead}</p>
      <CrisisContacts region={region} locale={locale} level={3} />
    </section>
  );
}
