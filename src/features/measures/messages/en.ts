import { plural } from '../../../i18n/catalogue.js';

/**
 * Outcome measures in English. Plain words for members (what a check-in is, who sees it, how to
 * stop), and the definitions the therapists' counts rest on, shown beside them.
 */
export const en = {
  bands: {
    minimal: 'Minimal',
    mild: 'Mild',
    moderate: 'Moderate',
    moderately_severe: 'Moderately severe',
    severe: 'Severe',
  },
  cadences: {
    every: 'Before every session',
    every_other: 'Before every other session',
    start_end: 'At the start and at the end',
    off: 'Off: send nothing',
  },
  member: {
    title: (group: string) => `Check-ins: ${group}`,
    heading: 'Your check-ins',
    lead: 'Short questionnaires about how you have been over the last two weeks (the PHQ-9 for low mood, the GAD-7 for anxiety). Each takes a minute or two on a phone. Your therapists use them to see how the group is helping you.',
    who: 'Only the therapists who lead this group can see your answers and scores. Other members cannot, and neither can Gatherwell’s administrators. Each time a therapist opens them, it is recorded, and you can see it in your account’s activity.',
    consentHeading: 'Your agreement',
    consentGiven: (when: string) => `You agreed to receive check-ins on ${when}.`,
    consentWithdrawn: (when: string) =>
      `You stopped check-ins on ${when}. Your earlier answers stay with your therapists.`,
    consentNone: 'You have not agreed to receive check-ins in this group.',
    consentAsk:
      'Would you like to receive check-ins before sessions? You can stop at any time, and saying no does not change your place in the group.',
    consentButton: 'Yes, send me check-ins',
    withdrawButton: 'Stop sending me check-ins',
    withdrawHint:
      'Nothing new will be sent, and any check-in waiting for you is taken back. What you already answered stays with your therapists.',
    consentSaved: 'Thank you. Your therapists can now send you check-ins.',
    withdrawnSaved: 'Done. You will not be sent check-ins in this group any more.',
    answered: 'Thank you. Your answers were sent to your therapists.',
    open: 'Waiting for you',
    noneOpen: 'Nothing is waiting for you right now.',
    answer: (name: string) => `Answer the ${name}`,
    forSession: (when: string) => `For the session on ${when}.`,
    yourScores: 'Your scores over time',
    noScores: 'Your scores will show here after your first check-in.',
    back: 'Back to the group',
  },
  answer: {
    title: (name: string) => `Check-in: ${name}`,
    lead: 'Choose one answer for each question. There are no right or wrong answers.',
    time: 'About one to two minutes.',
    send: 'Send my answers',
    missing: 'Choose an answer for this question.',
    errorsTitle: 'Some questions have no answer yet',
    gone: 'This check-in cannot be answered any more: it was answered, taken back, or its time has passed.',
    item: (n: number, of: number) => `Question ${n} of ${of}`,
    crisis:
      'If you are thinking of hurting yourself or that you would be better off dead, you can talk to someone now: the crisis line is at the top of every page.',
  },
  chart: {
    caption: (name: string) => `${name} scores`,
    summary: (name: string, n: number, first: string, last: string) =>
      plural('en', n, {
        one: `${name}: one score, ${first}.`,
        other: `${name}: ${n} scores, from ${first} at the first to ${last} at the latest.`,
      }),
    point: (score: number, band: string) => `${score} (${band})`,
    session: 'Session',
    score: 'Score',
    band: 'Severity',
    item9: 'Question 9',
    axis: (max: number) => `Score, 0 to ${max}`,
    dataTable: 'The same scores as a table',
  },
  lead: {
    title: (group: string) => `Outcome measures: ${group}`,
    heading: 'Outcome measures',
    lead: 'Members who agreed are sent the measures you choose before sessions, and answer them on their phone. Scores are worked out automatically. A PHQ-9 question 9 answered above “Not at all” alerts you at once.',
    scheduleHeading: 'What is sent, and when',
    instruments: 'Measures',
    cadence: 'When',
    cadenceHint:
      'Requests go out up to a day before a session. Someone who agrees later gets their first one at the next session.',
    save: 'Save',
    saved: 'Saved.',
    noInstrument: 'Choose at least one measure, or choose Off.',
    outcomesHeading: 'How the group is doing',
    outcomesNone: 'Counts appear once members have two scores on a measure.',
    measured: (n: number) =>
      plural('en', n, {
        one: 'One member with two or more scores',
        other: `${n} members with two or more scores`,
      }),
    improved: (n: number, of: number) => `Reliably improved: ${n} of ${of}`,
    recovered: (n: number, of: number) =>
      `Recovered: ${n} of ${of} who started at or above the cut-off`,
    definitionsHeading: 'How these are counted',
    definitions: {
      phq9: 'PHQ-9: reliably improved means the score dropped by 6 points or more from the first score to the latest. Recovered means the first score was 10 or more and the latest is below 10.',
      gad7: 'GAD-7: reliably improved means the score dropped by 4 points or more from the first score to the latest. Recovered means the first score was 8 or more and the latest is below 8.',
      bands:
        'Severity: PHQ-9 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. GAD-7 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.',
    },
    membersHeading: 'Members',
    name: 'Member',
    consent: 'Agreed',
    latest: (name: string) => `Latest ${name}`,
    yes: 'Yes',
    withdrawn: 'Stopped',
    no: 'No',
    none: '—',
    view: 'See scores',
    noMembers: 'No members yet.',
    back: 'Back to the group',
  },
  person: {
    title: (name: string, group: string) => `${name}: scores in ${group}`,
    heading: (name: string) => `${name}’s scores`,
    none: 'No scores yet.',
    back: 'Back to outcome measures',
  },
  alert: {
    line: (answer: string) =>
      `Question 9 of the PHQ-9 (thoughts that you would be better off dead or of hurting yourself): ${answer}`,
  },
  errors: {
    notFound: 'This page is not there.',
    membersOnly: 'Check-ins are for the members of a therapy group.',
    therapistsOnly: 'Only the therapists who lead this group can see its measures.',
    notMember: 'This person is not a member of this group.',
  },
};
