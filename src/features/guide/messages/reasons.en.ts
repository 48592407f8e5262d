import type { Outcome, ReasonId } from '../reasons.js';

/**
 * The guide's result in English: each reason it can give (reasons.ts files each under one of
 * the five differences), the outcomes' titles and summaries, and the search buttons. Kept
 * apart from the rules in scoring.ts so that wording can be reviewed without reading logic.
 */
export const reasonsEn = {
  reasons: {
    'hope-peers':
      'You want to be with people who have been through the same thing. Support groups are led by someone with lived experience, not by a clinician.',
    'hope-professional':
      'You want a professional’s guidance. Group therapy is led by a licensed mental-health professional who screens members before they join.',
    'therapy-methods':
      'Working on patterns is what group therapy is for: it uses named methods such as CBT, DBT or ACT, with practice between sessions.',
    'structure-loose':
      'You would like little structure. Most support groups are ongoing and informal: you can come when you are able and speak only when you want to.',
    'structure-structured':
      'You would like a clear plan. Therapy groups run for a set number of sessions, with goals and an agenda for each meeting.',
    'tension-peers-structured':
      'You want peers but also a clear structure, and those usually come apart. Some support groups do follow a set format each week (step meetings, guided programmes): ask the leader how meetings run.',
    'tension-professional-loose':
      'You want a professional’s guidance but little structure, and those pull in different directions. Therapy groups usually have an agenda and an end date; interpersonal and psychodynamic groups are the least scripted.',
    'topic-peer': (topic: string) =>
      `For “${topic}”, peer groups are common and valued: people who live it share what has helped them cope.`,
    'topic-therapy': (topic: string) =>
      `For “${topic}”, there are therapy methods made for it (such as exposure work, DBT skills or trauma-focused CBT), taught by a trained professional.`,
    'needs-hospital':
      'After a stay in hospital or with a crisis service, one-to-one follow-up gives you a plan made for you. A group meets at set times and cannot respond between meetings.',
    'needs-medication':
      'Medication is started and reviewed by a doctor or psychiatrist, one to one. Neither a peer leader nor a group therapist can do that in a group.',
    'needs-severe':
      'When getting through the day is this hard, care that is only for you can go at your pace. A group shares its time among everyone in it.',
    'care-ask-clinician':
      'You already see someone for this. Talk with them about joining a group now: they know how you are doing and may know a good group.',
    'care-alongside':
      'A support group sits well alongside the care you already have: it adds people who have lived it, between appointments.',
    'cost-free-therapy':
      'Free group therapy is rare, because a licensed professional leads it. Community mental-health centres, university clinics and some nonprofits offer free or low-cost groups. The search shows free groups only; widen it if it finds few.',
    'cost-paid-therapy':
      'Because a licensed professional leads it, group therapy usually has a fee, often lower than one-to-one therapy. Many groups offer a sliding scale or accept insurance: ask when you first contact them.',
    'cost-support':
      'Most support groups are free or ask only for a donation, because they are run by peers. For the same reason they rarely involve insurance.',
    'either-support':
      'A support group offers company and understanding from people who have lived it. Most are free and drop-in, so you can try one and see how it feels.',
    'either-therapy':
      'A therapy group offers guided work on patterns with named methods, after a short screening conversation with the therapist.',
    'privacy-support':
      'In a support group, privacy rests on the group’s shared agreement (“what is said here stays here”), not on a professional duty. Share at your own pace.',
    'privacy-therapy':
      'In group therapy, the therapist is bound by professional confidentiality rules and sets stricter ground rules for members than a peer group does.',
    'secondary-therapy-topic': (topic: string) =>
      `A therapy group for “${topic}” could also help with the symptoms themselves, alongside a support group or later.`,
    'secondary-support-free':
      'If no free therapy group fits, a peer-led support group costs nothing and can help in the meantime.',
    'secondary-support-alongside':
      'A support group alongside your therapy adds everyday company from people who have lived it.',
    'secondary-support-later':
      'A peer support group can sit alongside one-to-one care, and many people find one a comfort while they wait for an appointment.',
  } satisfies Record<ReasonId, string | ((topic: string) => string)>,
  outcomes: {
    crisis: {
      title: 'Please reach out for help now',
      summary:
        'You do not have to get through this alone. People are ready to talk with you right now.',
    },
    support: {
      title: 'A support group looks like a good fit',
      summary: 'A peer-led group of people who have been through the same thing.',
    },
    therapy: {
      title: 'Group therapy looks like a good fit',
      summary: 'A structured group led by a licensed professional, with goals and named methods.',
    },
    either: {
      title: 'Either kind of group could suit you',
      summary: 'Your answers fit both. Here is what each would offer you.',
    },
    individual_first: {
      title: 'One-to-one help first',
      summary:
        'From what you told us, a doctor or therapist seeing you on your own is the best first step. A group can come alongside or after.',
    },
  } satisfies Record<Outcome, { title: string; summary: string }>,
  searches: {
    support: 'Find support groups',
    therapy: 'Find therapy groups',
    any: 'Find groups',
  },
  /** Stands for the topic in a reason when none was chosen. */
  someTopic: 'this',
};
