import { plural } from '../../../i18n/catalogue.js';

/**
 * Joining a group, the leaders' side of it (requests, applications, roster) and the mail each
 * change sends, in English: the reference every other language's file is checked against.
 */
export const en = {
  panel: {
    heading: 'Joining this group',
    signIn: 'Sign in or create an account to join',
    signInWhy: 'You can use a pseudonym. Only the leaders of a group see who belongs to it.',
    youLead: 'You lead this group.',
    manage: 'Manage people and requests',
    policy: {
      drop_in: 'Anyone may join at once after accepting the group’s agreement.',
      approval: 'A leader reads each request before people join.',
      application:
        'The therapist reads every application and talks with each applicant before the group starts.',
    },
    status: {
      requested: 'You asked to join. A leader will answer soon.',
      applied: 'Your application was sent. The therapist will be in touch.',
      screening: 'Your application is being reviewed: the therapist may contact you.',
      waitlisted: 'You are on the waitlist. When a seat frees, we will offer it to you by e-mail.',
      offered: (until: string) => `A seat is held for you until ${until}.`,
      member: 'You are a member of this group.',
      declined: 'Your request was not accepted this time.',
      left: 'You left this group.',
      removed: 'A leader removed you from this group.',
    },
    declineNote: 'The leader’s note:',
    suggestions: 'Groups that might suit you better:',
    waitlistPosition: (n: number) => `You are number ${n} on the waitlist.`,
    members: (n: number) => plural('en', n, { one: `${n} member`, other: `${n} members` }),
    memberNames: 'Members',
    agreementHeading: 'The group’s agreement',
    agreementAccept: 'I accept this agreement',
    agreementChanged:
      'The group changed its agreement. Please read it and accept it to stay up to date.',
    acceptAgreement: 'Accept the new agreement',
    join: 'Join this group',
    joinWaitlist: 'Join the waitlist',
    full: 'The group is full: joining puts you on the waitlist.',
    request: 'Ask to join',
    messageLabel: 'A message for the leaders (optional)',
    messageHint: 'Say as much or as little as you like. Only the group’s leaders read it.',
    apply: 'Apply to this group',
    takeSeat: 'Take the seat',
    declineSeat: 'Let it go to the next person',
    leave: 'Leave this group',
    withdraw: 'Withdraw my request',
    write: 'Write privately to the leaders',
    closed: 'This group is not taking new members right now.',
    privateNote: 'Your membership is private: other visitors never see it.',
  },
  done: {
    joined: 'Welcome: you joined the group.',
    waitlisted: 'You are on the waitlist. We will e-mail you when a seat frees.',
    requested: 'Your request was sent to the leaders.',
    applied: 'Your application was sent to the therapist.',
    left: 'You left the group.',
    seat: 'The seat is yours: welcome.',
    agreement: 'Thank you: you accepted the current agreement.',
  },
  apply: {
    title: (group: string) => `Apply to ${group}`,
    intro:
      'The therapist reads your answers before talking with you. Only this group’s therapists can read them; they are stored encrypted, and each reading is recorded.',
    noQuestions:
      'This group has no questions: your application tells the therapist you are interested.',
    yes: 'Yes',
    no: 'No',
    optional: '(optional)',
    submit: 'Send my application',
  },
  leave: {
    title: (group: string) => `Leave ${group}?`,
    body: 'You will stop getting reminders. If the group is full, your seat goes to the next person waiting.',
    confirm: 'Leave the group',
    cancel: 'Stay',
  },
  errors: {
    summary: 'There is a problem',
    agreement: 'Tick the box to accept the group’s agreement',
    required: 'Answer this question',
    tooLong: 'This answer is too long',
    choice: 'Choose one of the options',
    message: 'Keep the message under 2,000 characters',
    closed: 'This group is not taking new members right now.',
    already: 'You already asked to join this group.',
    not_allowed: 'You cannot join this group.',
    not_found: 'That request could not be found.',
    offer_expired: 'Sorry: the time to take this seat has passed.',
    agreement_required: 'The agreement changed while you were reading it. Please read it again.',
    notFound: 'We could not find that group.',
    notLeader: 'Only this group’s leaders can see this page.',
    intakeRefused: 'Only this group’s therapists can read intake answers.',
    // The group guard's own refusals (guards.ts), which other features' pages share.
    leadersOnly: 'Only this group’s leaders can open this page.',
    ownerOnly: 'Only the group’s owner can do this.',
  },
  people: {
    title: (group: string) => `People in ${group}`,
    back: 'Back to the group',
    privacy:
      'Membership is health information. Do not share this list; do not contact members outside what they agreed to.',
    requests: 'Requests to join',
    applications: 'Applications',
    waitlist: 'Waitlist',
    offered: 'Seats offered',
    members: 'Members',
    none: 'None.',
    count: (n: number, cap: number | null) =>
      cap == null
        ? plural('en', n, { one: `${n} member`, other: `${n} members` })
        : `${n} of ${cap} seats taken`,
    asked: 'Asked',
    joined: 'Joined',
    until: 'Held until',
    message: 'Message',
    noMessage: 'No message.',
    status: { applied: 'New', screening: 'Screening' } as Record<string, string>,
    open: 'Read the application',
    approve: 'Approve',
    accept: 'Accept',
    screening: 'Mark as screening',
    waitlist_: 'Put on the waitlist',
    decline: 'Decline',
    noteLabel: 'A note for the person (optional)',
    noteHint: 'Kind and short: they will read it in an e-mail.',
    referralsLabel: 'Suggest other groups (optional)',
    decided: {
      member: 'They are now a member.',
      waitlisted: 'The group is full: they are on the waitlist.',
      screening: 'Marked as screening.',
      declined: 'Declined. They were told by e-mail.',
    } as Record<string, string>,
    remove: 'Remove from the group',
    removeReason: 'Reason (kept for the leaders only)',
    removed: 'Removed. Their seat went to the next person waiting, if any.',
    answers: 'Intake answers',
    auditNote: 'Opening this page was recorded in the audit log.',
    unreadable: 'These answers cannot be read with the current key.',
    unanswered: 'No answer',
  },
  /**
   * What a person is told when their standing changes. The body names the group (the person
   * asked to join it); the subject never does, since a mailbox preview can be seen by others.
   * Nothing else about the group, and never another person's name.
   */
  mail: {
    footer:
      'You received this because you asked to join a group on Gatherwell. If you are in danger, call your local emergency number (in the US, call or text 988).',
    stop: 'Stop e-mails about my groups’ decisions and changes',
    open: 'Open the group',
    write: 'Write to the leaders',
    note: 'The leader wrote:',
    next: (when: string, zone: string, there?: string) =>
      `Your first meeting: ${when}, ${zone}${there ? ` (${there} where the group meets)` : ''}.`,
    joined: {
      subject: 'You joined a group',
      body: (g: string) =>
        `Welcome to ${g}. The group page shows the next meetings and how to take part.`,
    },
    requested: {
      subject: 'Your request to join a group',
      body: (g: string) =>
        `We sent your request to the leaders of ${g}. You will get an e-mail when they answer.`,
    },
    applied: {
      subject: 'Your application to a group',
      body: (g: string) =>
        `We sent your application to the therapist of ${g}. They read every application and will be in touch.`,
    },
    screening: {
      subject: 'Your application is being reviewed',
      body: (g: string) =>
        `The therapist of ${g} is reviewing your application and may contact you to talk about it.`,
    },
    approved: {
      subject: 'You are in: your request was approved',
      body: (g: string) => `A leader approved your request: you are now a member of ${g}.`,
    },
    accepted: {
      subject: 'You are in: your application was accepted',
      body: (g: string) => `The therapist accepted your application: you are now a member of ${g}.`,
    },
    waitlisted: {
      subject: 'You are on a waitlist',
      body: (g: string) =>
        `${g} is full for now, so you are on its waitlist. When a seat frees, we will offer it to you by e-mail.`,
    },
    declined: {
      subject: 'About your request to join a group',
      body: (g: string) => `Your request to join ${g} was not accepted this time.`,
      suggestions: 'Groups that might suit you:',
    },
    offered: {
      subject: 'A seat is free for you',
      body: (g: string, until: string) =>
        `A seat is free in ${g}, and it is held for you until ${until}. Open the group page to take it; after that it goes to the next person waiting.`,
    },
    offer_lapsed: {
      subject: 'The seat held for you went to the next person',
      body: (g: string) =>
        `The seat held for you in ${g} was not taken in time, so it was offered to the next person. You can join the waitlist again from the group page.`,
    },
    removed: {
      subject: 'You are no longer a member of a group',
      body: (g: string) =>
        `A leader removed you from ${g}. If you think this was a mistake, you can write to its leaders privately: only they will read it.`,
    },
  },
};
