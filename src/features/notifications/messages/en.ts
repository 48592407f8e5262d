import { plural } from '../../../i18n/catalogue.js';

/**
 * The notification centre and its e-mails in English. Each kind has the line shown in the
 * centre (which may name the group: only its recipient sees it) and an e-mail subject that
 * never does (a mailbox preview can be seen by others).
 */
export const en = {
  title: 'Notifications',
  intro: 'What happened in your groups and the groups you lead. Newest first.',
  none: 'Nothing new. When someone asks to join a group you lead, writes to its leaders, leaves or reports it, or when leaders answer you, it shows here.',
  unread: 'New',
  open: 'Open',
  readAll: 'Mark all as read',
  someone: 'Someone',
  aGroup: 'a group',
  unreadWord: 'unread',
  settings: 'Choose how we e-mail you about these',
  notFound: 'This notification is not there.',
  kinds: {
    join_requested: {
      line: (who: string, g: string) => `${who} asked to join ${g}.`,
      subject: 'Someone asked to join a group you lead',
    },
    applied: {
      line: (who: string, g: string) => `${who} applied to ${g}.`,
      subject: 'A new application to a group you lead',
    },
    request_withdrawn: {
      line: (who: string, g: string) => `${who} withdrew their request to join ${g}.`,
      subject: 'A request to a group you lead was withdrawn',
    },
    offer_declined: {
      line: (who: string, g: string) => `${who} let the seat held for them in ${g} go.`,
      subject: 'A seat offer in a group you lead was declined',
    },
    member_left: {
      line: (who: string, g: string) => `${who} left ${g}.`,
      subject: 'A member left a group you lead',
    },
    listing_reported: {
      line: (_who: string, g: string) =>
        `Someone reported that the listing of ${g} may be out of date.`,
      subject: 'A listing you lead was reported',
    },
    member_wrote: {
      line: (who: string, g: string) => `${who} wrote to the leaders of ${g}.`,
      subject: 'A new message for the leaders of a group you lead',
    },
    leaders_replied: {
      line: (_who: string, g: string) => `The leaders of ${g} answered you.`,
      subject: 'The leaders of a group answered you',
    },
    board_reply: {
      line: (who: string, g: string) =>
        `${who} replied in a thread you follow on the board of ${g}.`,
      subject: 'A new reply in a thread you follow',
    },
    board_thread: {
      line: (who: string, g: string) => `${who} started a new thread on the board of ${g}.`,
      subject: 'A new thread in one of your groups',
    },
    board_review: {
      line: (_who: string, g: string) =>
        `A post on the board of ${g} is waiting for a leader's review.`,
      subject: 'A post is waiting for your review',
    },
    board_report_outcome: {
      line: (_who: string, g: string) =>
        `The leaders of ${g} reviewed a post you reported and took the action they judged right. Thank you for looking out for the group.`,
      subject: 'A post you reported was reviewed',
    },
    board_warned: {
      line: (_who: string, g: string) =>
        `The leaders of ${g} sent you a warning about a post on its board. Please read the group's board rules.`,
      subject: 'A warning about a post you wrote',
    },
    board_muted: {
      line: (_who: string, g: string) =>
        `You cannot post on the board of ${g} for a while, after a post of yours was reviewed. You can still read it.`,
      subject: 'You are muted on a board for a while',
    },
    board_removed: {
      line: (_who: string, g: string) =>
        `After repeated problems on its board, you were removed from ${g}.`,
      subject: 'You were removed from a group',
    },
    listing_report_resolved: {
      line: (_who: string, g: string) =>
        `An administrator resolved a report that the listing of ${g} was out of date.`,
      subject: 'A report about a listing you lead was resolved',
    },
    measure_requested: {
      line: (_who: string, g: string) =>
        `Your therapists in ${g} ask you to fill in a short check-in before the next session. It takes a minute or two.`,
      subject: 'A short check-in before your next session',
    },
    safety_alert: {
      line: (who: string, g: string) =>
        `${who} in ${g} may need support now. Please open the alert, check in privately, and acknowledge it.`,
      subject: 'Safety alert: someone may need support',
    },
    safety_alert_unled: {
      line: (who: string, g: string) =>
        `${who} may need support, and nobody leads ${g}. Please open the alert and acknowledge it.`,
      subject: 'Safety alert: someone may need support',
    },
    safety_escalated: {
      line: (who: string, g: string) =>
        `An urgent alert about ${who} in ${g} has not been acknowledged for 10 minutes.`,
      subject: 'Safety alert not acknowledged: please act',
    },
    // Never the organisation's or a group's name in a subject: the feed's page names them.
    feed_held: {
      line: () =>
        'A run of your organisation’s Meeting Guide feed would remove more listings than your limit allows. Nothing was changed: an owner or editor can confirm or discard it.',
      subject: 'A feed update is waiting for your confirmation',
    },
    feed_refused: {
      line: () =>
        'Your organisation’s Meeting Guide feed was refused and nothing was changed. Its history says why.',
      subject: 'A feed update was refused',
    },
    feed_failed: {
      line: () =>
        'Gatherwell could not fetch your organisation’s Meeting Guide feed. It will try again; its history says what went wrong.',
      subject: 'A feed could not be fetched',
    },
    org_claim_approved: {
      line: () =>
        'Your request to run an organisation on Gatherwell was approved: you are now its owner.',
      subject: 'Your request was approved',
    },
    org_claim_declined: {
      line: () =>
        'Your request to run an organisation on Gatherwell was declined. You may write to us if you think this is a mistake.',
      subject: 'Your request was declined',
    },
  },
  mail: {
    one: 'There is something new for you on Gatherwell:',
    digestSubject: (n: number) =>
      plural('en', n, { one: 'One new notification', other: `${n} new notifications` }),
    digest: 'Here is what is new for you since our last e-mail:',
    action: 'Open your notifications',
    footer:
      'You received this because you lead or belong to a group on Gatherwell. If you are in danger, call your local emergency number (in the US, call or text 988).',
    settings: 'Choose how often we e-mail you (now, daily, or never)',
  },
};
