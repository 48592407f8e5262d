/**
 * The safety flow's words in English. The card follows safe-messaging guidance (988 Lifeline,
 * Samaritans): calm, no judgement, no alarm, the way to talk to someone first, and honest about
 * who has been told.
 */
export const en = {
  card: {
    title: 'Thank you for telling us',
    urgentFirst: (emergency: string) =>
      `If you might act on these thoughts now, or you are not safe where you are, call ${emergency} now.`,
    callEmergency: (n: string) => `Call ${n}`,
    lead: 'What you wrote sounds like you may be going through something very hard. You are not in trouble, and it is all right to say it.',
    talk: 'Talking to someone can help, right now, at any hour:',
    told: (group: string) =>
      `We have let the leaders of ${group} know, so they can check in with you privately.`,
    toldAdmins:
      'We have let the Gatherwell team know, so that someone can check in with you privately.',
    held: 'Your message is waiting for your leader to look at it before others see it. Your leader has been told and will reach out.',
    writeNow: 'Write to the leaders now',
    sent: {
      application: 'Your application was sent.',
      request: 'Your request was sent.',
      message: 'Your message was sent.',
      answers: 'Your answers were sent to your therapists.',
    },
    continue: 'Continue',
    searchTitle: 'You can talk to someone now',
    searchLead:
      'If you are thinking about suicide or hurting yourself, free and confidential help is there, at any hour.',
  },
  levels: { urgent: 'Urgent', concern: 'Concern' },
  sources: {
    assessed: 'What they wrote was flagged automatically.',
    worried: 'A member said they were worried about what this person wrote.',
  },
  items: {
    application: 'An application or request to join',
    thread_message: 'A message to the leaders',
    room_message: 'A message in the group’s room',
    board_post: 'A post on the group’s board',
    measure_response: 'An answer to a check-in (PHQ-9 question 9)',
  },
  signals: {
    intent: 'intent',
    plan: 'a plan',
    means: 'means',
    time: 'a time',
    place: 'a place',
    act: 'an act in progress',
    farewell: 'saying goodbye',
    ideation: 'thoughts of suicide',
    'self-harm': 'self-harm',
    hopelessness: 'hopelessness',
    burden: 'feeling a burden',
  } as Record<string, string>,
  alert: {
    title: 'Safety alert',
    about: (who: string, group: string) => `About ${who}, in ${group}.`,
    aboutNoGroup: (who: string) => `About ${who}.`,
    someone: 'a former member',
    raised: 'Raised',
    signals: 'What was noticed',
    how: 'How',
    whatTheyWrote: 'What they wrote',
    textGone: 'The writing is no longer there (it was deleted, or the account was).',
    checkIn: 'Check in privately',
    checkInHint:
      'Write to them as yourself, kindly and directly: ask how they are, whether they are safe, and tell them about the crisis lines. If you believe they are in immediate danger, call the emergency number.',
    mailThem: (email: string) => `Write to ${email}`,
    acknowledge: 'I have seen this and will act on it',
    acknowledgeHint:
      'Acknowledging tells the other leaders and the Gatherwell team that someone is on it. An urgent alert nobody acknowledges within 10 minutes goes to the administrators.',
    acknowledged: (who: string, when: string) => `Acknowledged by ${who}, ${when}.`,
    escalated: 'Not acknowledged in time: the administrators were told.',
    notFound: 'This alert is not there, or it is not yours to see.',
  },
  worried: {
    tooMany:
      'You have raised many concerns in a short time. If someone is in danger now, call your local emergency number; otherwise please try again later.',
    button: 'Worried about this person?',
    hint: 'Tell the leaders privately. The writer is never told who asked.',
    title: 'Thank you for looking out for them',
    lead: 'The leaders have been told and asked to check in privately. The writer will not be told who raised it.',
    danger: (emergency: string) =>
      `If you think someone is in danger right now, call ${emergency}.`,
    back: 'Back',
    notFound: 'That message is not there, or you cannot see it.',
  },
  admin: {
    title: 'Safety alerts',
    intro:
      'Every alert of the last 30 days: who was told is in the notifications, and nothing here shows what anyone wrote. Open an alert to read it (the opening is audited).',
    median: (minutes: string) => `Median time to acknowledge: ${minutes}.`,
    noneAcknowledged: 'No alert has been acknowledged in this period.',
    open: (n: number) => `Not acknowledged: ${n}.`,
    none: 'No alerts in the last 30 days.',
    when: 'Raised',
    level: 'Level',
    source: 'Source',
    item: 'Item',
    group: 'Group',
    acknowledged: 'Time to acknowledge',
    waiting: 'Waiting',
    escalated: 'escalated',
    minutes: (n: number) => (n < 1 ? 'under a minute' : `${Math.round(n)} min`),
    view: 'Open',
    sourceNames: { assessed: 'assessed', worried: 'worried member' },
  },
};
