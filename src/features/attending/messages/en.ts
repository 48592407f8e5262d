/** RSVPs, My Gatherwell, the calendar feed and unsubscribing, in English. */
export const en = {
  rsvp: {
    legend: (when: string) => `Are you going on ${when}?`,
    going: 'Going',
    notGoing: 'Not going',
    youreGoing: 'You said you are going.',
    youreNotGoing: 'You said you are not going.',
    savedGoing: 'Thank you: the leaders will know you plan to come.',
    savedNotGoing:
      'Thank you for letting the leaders know. You will get no reminder for that meeting.',
    notAMeeting:
      'That meeting is not coming up in this group. It may have been cancelled or moved.',
    notMember: 'Only members of this group can say whether they are going.',
    badAnswer: 'Choose "Going" or "Not going".',
    notFound: 'We could not find that group.',
  },
  my: {
    title: 'My Gatherwell',
    groups: 'My groups',
    noGroups: 'You have not joined a group yet.',
    findGroups: 'Find a group',
    status: {
      member: 'Member',
      requested: 'Request sent: waiting for a leader',
      applied: 'Application sent',
      screening: 'Application being reviewed',
      waitlisted: 'On the waiting list',
      offered: 'A seat is offered to you',
      declined: 'Not accepted this time',
    },
    offerUntil: (when: string) => `Accept it on the group page before ${when}.`,
    offerNoDate: 'Accept it on the group page.',
    declineNote: 'The leaders wrote:',
    suggested: 'They suggest these groups:',
    lead: 'Groups I lead',
    leadTools: 'Open the leader tools',
    agreement: (group: string) =>
      `${group} has a new group agreement. Read and accept it on the group page.`,
    meetings: 'My next meetings',
    meetingsLead: 'The next 14 days, in your time zone',
    timesIn: (zone: string) => `Times are in ${zone}.`,
    setZone: 'Change your time zone',
    noMeetings: 'No meetings in the next 14 days.',
    leading: 'You lead this group',
  },
  feed: {
    heading: 'My calendar link',
    lead: 'A private link with all the meetings of your groups, for a calendar app (Google Calendar, Apple Calendar, Outlook). It shows group names and times, nothing else.',
    none: 'You have no calendar link yet.',
    exists:
      'You have a calendar link. For your privacy it is shown only once, when it is made: if you lost it, make a new one.',
    create: 'Create my calendar link',
    reset: 'Reset my calendar link',
    resetHint: 'Resetting stops the old link at once.',
    yourLink: 'Your calendar link (copy it now: it will not be shown again):',
    keepSecret: 'Anyone with this link can see which groups you belong to. Keep it to yourself.',
    calendarName: 'My Gatherwell meetings',
  },
  unsubscribe: {
    title: 'Stop these e-mails',
    confirm: (what: string) => `Stop sending me ${what}?`,
    button: 'Stop these e-mails',
    done: (what: string) => `Done: we will not send you ${what} any more.`,
    change: 'You can turn them back on, and choose other e-mails, on your account page.',
    account: 'My account',
    bad: 'This unsubscribe link is not valid. You can choose your e-mails on your account page.',
    kinds: {
      reminder24h: 'reminders a day before meetings',
      reminder1h: 'reminders an hour before meetings',
      groupNotices: 'notices about your groups (changed or cancelled meetings, decisions)',
    },
  },
  mail: {
    subject: (_group: string, when: string) => `Reminder: your group meets ${when}`,
    body: (group: string, when: string) => `A reminder that ${group} meets ${when}.`,
    zone: (zone: string) => `The time is shown in ${zone}.`,
    online: 'Join online:',
    onlinePrivate: 'This link is for members: please do not share it.',
    page: 'The group page',
    cannotCome: 'If you cannot come, you can say so on the group page.',
    why: {
      reminder24h:
        'You received this because you are a member of this group and asked for reminders a day before meetings.',
      reminder1h:
        'You received this because you are a member of this group and asked for reminders an hour before meetings.',
    },
    stop: 'Stop these reminders',
    choose: 'Choose your e-mails',
    footer:
      'Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
  },
};
