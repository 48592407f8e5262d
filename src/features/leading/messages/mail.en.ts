/**
 * The mails leaders' actions send. Subjects never name the group: a mailbox preview can be
 * seen by others.
 */
export const mailEn = {
  footer:
    'You received this because you belong to a group on Gatherwell, or a leader invited you. Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
  cancelled: {
    subject: 'A meeting of your group is cancelled',
    body: (group: string, when: string) =>
      `The meeting of “${group}” on ${when} will not take place.`,
  },
  moved: {
    subject: 'A meeting of your group has moved',
    body: (group: string, when: string, newWhen: string) =>
      `The meeting of “${group}” on ${when} has moved to ${newWhen}.`,
  },
  note: 'A note from the leaders:',
  groupLink: 'See the group',
  stop: 'Stop e-mails about changes to my groups',
  invitation: {
    subject: 'You are invited to co-lead a group',
    body: (name: string, group: string) =>
      `${name} invited you to lead “${group}” with them on Gatherwell.`,
    how: 'Open the link while signed in to the account with this e-mail address. The invitation works for 7 days. If you did not expect it, you can ignore this mail.',
    action: 'See the invitation',
  },
};
