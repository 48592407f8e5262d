/** The words of private threads between a person and a group's leaders, in English: the reference. */
export const en = {
  title: (g: string) => `Write to the leaders of ${g}`,
  lead: 'Only this group’s leaders see what you write here: not other members, not Gatherwell’s staff. Leaders answer when they can; this is not for emergencies.',
  crisis:
    'If you are in danger or thinking of harming yourself, call your local emergency number or, in the US, call or text 988 now.',
  none: 'Nothing written yet.',
  you: 'You',
  aLeader: 'A leader',
  leaderSuffix: '(leader)',
  message: 'Your message',
  messageHint: 'Up to 4,000 characters.',
  send: 'Send to the leaders',
  sent: 'Sent. The leaders have been told.',
  back: 'Back to the group',
  errors: {
    summary: 'Please fix this:',
    empty: 'Write a message before sending.',
    long: 'Keep the message to 4,000 characters or fewer.',
    notFound: 'We could not find that group.',
    notAllowed: 'You can write to a group’s leaders once you have joined it or asked to join it.',
  },
  lead_: {
    title: (g: string) => `Messages to the leaders of ${g}`,
    intro:
      'People in this group, or who asked to join it, wrote privately to its leaders. Every leader of the group sees these threads; nobody else does.',
    none: 'No one has written yet.',
    unread: (n: number) => `${n} new`,
    last: 'Last message',
    thread: (who: string) => `Thread with ${who}`,
    reply: 'Your answer',
    replyHint: 'The person is told that the leaders answered; the words stay here.',
    send: 'Send the answer',
    sent: 'Sent. They have been told.',
    all: 'All messages',
    someone: 'Someone who deleted their account',
  },
};
