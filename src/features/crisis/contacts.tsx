import type { Locale } from '../../i18n/locales.js';
import { type CrisisRegion, smsHref } from './crisis-lines.js';
import { crisisText } from './messages/index.js';

/**
 * A region's emergency number, then each crisis line with its call, text and chat buttons: the
 * heart of /crisis, also shown on the private card a person sees when what they wrote suggests
 * they may be in danger (safety/card.tsx), so the two never disagree.
 */
export function CrisisContacts({
  region,
  locale,
  level = 2,
}: {
  region: CrisisRegion;
  locale: Locale;
  /** The heading level of each line's name (2 on /crisis, 3 inside a card). */
  level?: 2 | 3;
}) {
  const m = crisisText(locale);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <p class="emergency">
        {m.emergency}{' '}
        {region.emergency.also ? (
          <>
            <a href={`tel:${region.emergency.call}`}>{region.emergency.call}</a> {m.or}{' '}
            <a href={`tel:${region.emergency.also}`}>{region.emergency.also}</a>
          </>
        ) : (
          <a href={`tel:${region.emergency.call}`}>{region.emergency.display[locale]}</a>
        )}
        .
      </p>
      {region.contacts.map((contact) => {
        const sms = smsHref(contact, locale);
        const chat = contact.chatUrl?.[locale] ?? contact.chatUrl?.en;
        return (
          <article class="crisis-contact">
            <Heading>{contact.name[locale]}</Heading>
            <p>{contact.description[locale]}</p>
            <ul class="crisis-actions">
              {contact.call ? (
                <li>
                  <a class="button" href={`tel:${contact.call}`}>
                    {m.call(contact.display)}
                  </a>
                </li>
              ) : null}
              {sms ? (
                <li>
                  <a class="button" href={sms}>
                    {m.text(contact.display)}
                  </a>
                </li>
              ) : null}
              {chat ? (
                <li>
                  <a class="button" href={chat} rel="noopener">
                    {m.chat}
                  </a>
                </li>
              ) : null}
            </ul>
          </article>
        );
      })}
    </>
  );
}
