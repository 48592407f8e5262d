/**
 * The guide's questions in English: each step's title and hint, and its options' labels and
 * hints, keyed by the codes of codes.ts (questions.ts puts them in order).
 */
export const questionsEn = {
  /** Directory day numbers (0 = Sunday). */
  days: {
    '1': 'Monday',
    '2': 'Tuesday',
    '3': 'Wednesday',
    '4': 'Thursday',
    '5': 'Friday',
    '6': 'Saturday',
    '0': 'Sunday',
  },
  /** The directory's windows of the day, in words (its own labels are English only). */
  times: {
    morning: 'Morning (5 am–noon)',
    afternoon: 'Afternoon (noon–5 pm)',
    evening: 'Evening (5–9 pm)',
    night: 'Night (9 pm–5 am)',
  },
  safety: {
    title:
      'Before we start: are you thinking about ending your life, or are you in danger right now?',
    yes: 'Yes',
    no: 'No',
    hint: 'If you answer yes, we will show you how to reach someone right away. You do not need to be certain it is an emergency.',
  },
  topic: {
    title: 'What would you like support with?',
    other: 'Something else',
    hint: 'Choose the closest one. If none fits, choose “Something else”.',
  },
  hope: {
    title: 'What are you hoping a group will give you?',
    peers: 'To be with people who have been through the same thing',
    peersHint: 'Sharing, listening, and hearing how others cope.',
    professional: 'To work on my patterns with a professional’s guidance',
    professionalHint: 'Learning skills and changing how I think, feel or relate to others.',
    unsure: 'I am not sure yet',
  },
  structure: {
    title: 'How much structure would suit you?',
    loose: 'Little: come when I can, talk when I want to',
    some: 'Some: a regular meeting with a familiar format',
    structured: 'A lot: a set number of sessions, with goals and a plan for each one',
    unsure: 'No preference',
  },
  care: {
    title: 'Do any of these fit you right now?',
    therapist: 'I see a therapist or counsellor for this',
    doctor: 'I see a psychiatrist or doctor for this',
    severe: 'Getting through the day is very hard (sleeping, eating, work, looking after myself)',
    medication: 'I need to start, change or review medication',
    hospital: 'I left a hospital or crisis service in the last few months',
    none: 'None of these',
    hint: 'Choose any that fit. This helps us tell whether a group is a good first step, or whether one-to-one help should come first.',
  },
  mode: {
    title: 'How would you like to meet?',
    in_person: 'In person',
    online: 'Online',
    onlineHint: 'By video call or phone, from wherever you are.',
    either: 'Either is fine',
  },
  place: {
    title: 'Where should the group be?',
    hint: 'A postal code or a city, for example 19103 or Leeds. It is used only for the directory search.',
    legend: 'Postal code or city',
  },
  when: {
    title: 'When are you usually free?',
    hint: 'Choose days, times of day, or both. Leave it empty if it varies.',
    days: 'Days',
    times: 'Times of day',
  },
  cost: {
    title: 'What can you spend?',
    free: 'Only free options',
    low: 'A low fee or a sliding scale',
    insurance: 'I would like to use my insurance',
    any: 'Cost is not a limit',
    hint: 'Most support groups are free. Group therapy usually has a fee, which insurance sometimes covers.',
  },
};
