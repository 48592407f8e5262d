import type { CompareContent } from '../content.js';

/**
 * The comparison itself in English, the reference for every language. Written for a reader who
 * may be anxious and on a phone: short sentences, everyday words.
 */
export const contentEn: CompareContent = {
  title: 'Support groups and group therapy: how they differ',
  intro:
    'Both bring people together to talk about something hard, but they work in different ways. Here they are side by side, so you can pick the one that fits you right now.',
  differencesHeading: 'Five key differences',
  columns: { aspect: 'What differs', support: 'Support group', therapy: 'Group therapy' },
  exampleLabel: 'For example',
  differences: {
    leadership: {
      label: 'Who leads it',
      support:
        'A peer: someone who has lived through the same thing as the members. Many have taken training in running groups, but they do not act as clinicians.',
      therapy:
        'A licensed mental health professional, such as a psychologist, clinical social worker or counselor. They are trained to give treatment and answer to the board that licenses them.',
      example: {
        support:
          'A weekly grief circle is led by a woman whose husband died a few years ago. She took a course on leading groups and keeps the talk kind and on track.',
        therapy:
          'A 10-week group for social anxiety is led by a licensed psychologist. She meets with each person alone before the group starts.',
      },
    },
    purpose: {
      label: 'What it is for',
      support:
        'To feel less alone. Members share what they have been through, comfort each other and pass on ways of coping that worked for them.',
      therapy:
        'To treat a problem and help you change. Each member works toward personal goals, such as fewer panic attacks or healthier relationships.',
      example: {
        support:
          'In the grief circle, people talk about the first holidays without someone they loved and how they got through them.',
        therapy:
          'In the anxiety group, one member’s goal is to speak up in meetings at work without freezing.',
      },
    },
    structure: {
      label: 'How it is organized',
      support:
        'Informal and ongoing. Many groups are drop-in, meet every week or every month and have no end date. You come when you can.',
      therapy:
        'Planned and time-limited. It runs for a set number of sessions, often with the same members from start to finish, and the therapist plans what each session covers.',
      example: {
        support:
          'The grief circle meets every Tuesday evening. Some people come every week. Others come only after a hard week.',
        therapy:
          'The anxiety group meets at the same time for 10 weeks. Week 3 is about noticing anxious thoughts. Week 6 is about facing feared situations one small step at a time.',
      },
    },
    confidentiality: {
      label: 'What stays private',
      support:
        'The group agrees to keep what is shared in the room. It is a promise members make to each other, not a legal rule, and the leader is usually not bound by health privacy laws.',
      therapy:
        'The law and professional ethics require the therapist to protect your privacy, with a few legal exceptions. The therapist also sets clear privacy rules that every member agrees to before joining.',
      example: {
        support:
          'At the start of each grief circle, the leader reminds everyone that what is said here, and who was here, stays here.',
        therapy:
          'Before the first session, each member of the anxiety group signs a privacy agreement, and the psychologist explains when the law could require her to share information.',
      },
    },
    techniques: {
      label: 'How it helps',
      support:
        'Through shared experience and mutual help. People listen, tell their own stories and trade practical tips. No one is treating anyone.',
      therapy:
        'Through named methods that have been studied, such as cognitive behavioral therapy (CBT), dialectical behavior therapy (DBT) or acceptance and commitment therapy (ACT). There may be exercises and homework.',
      example: {
        support:
          'A member of the grief circle says that writing a letter to her late mother helped her sleep again. Others share what helped them.',
        therapy:
          'The anxiety group uses CBT. Members learn to test their fearful thoughts, then try a small challenge during the week, such as asking a stranger for directions.',
      },
    },
  },
  whenFits: {
    heading: 'When each one fits',
    support: [
      'You want to be with people who understand because they have been there too.',
      'You are managing day to day, but you feel alone with what you are going through.',
      'You want something free or low cost that you can join without a referral or a waiting list.',
      'You want to come and go as your life allows, with no set end date.',
      'You have finished therapy and want to keep some support in your life.',
    ],
    therapy: [
      'Your feelings or habits get in the way of work, school, sleep or relationships on most days.',
      'You want to change a specific pattern with a trained professional guiding you.',
      'You like a clear plan, set goals and a fixed number of sessions.',
      'A doctor or therapist has suggested group treatment for you.',
      'You are ready to practice new skills between sessions.',
    ],
    oneToOneFirst:
      'Sometimes neither is the best first step. If you are in crisis, or you need care for a condition that a group cannot safely handle on its own, start with one-to-one help from a doctor or therapist. A group can come later.',
  },
  combining: {
    heading: 'Using both',
    paragraphs: [
      'You do not have to choose just one. Many people go to a support group and a therapy group, or see a therapist one to one while they attend a support group. Each gives something the other does not.',
      'One path: someone joins a therapy group to work on a problem. When the sessions end, they join a support group to hold on to what they learned and stay in touch with people who understand.',
      'It works the other way too. Someone in a support group may realize they need more help, and a peer leader may suggest talking to a professional.',
      'If you are in therapy, tell your therapist about any other groups you go to. Some therapy groups ask members not to meet outside sessions, or to bring it up in the group if they do. Ask about this rule before you join.',
      'A support group can add to treatment, but it cannot replace treatment when you need it.',
    ],
  },
  firstMeeting: {
    heading: 'What happens at a first meeting',
    support: [
      'Find a meeting and check that it welcomes newcomers. Most do, and you usually do not need to sign up.',
      'Arrive a few minutes early or open the video link. The leader greets you and may explain how the group works.',
      'The meeting opens with a welcome and the group’s ground rules, including keeping what is shared private.',
      'People introduce themselves, often by first name only. You can say as much or as little as you like.',
      'Members take turns sharing. You are welcome to just listen and pass when your turn comes.',
      'The meeting closes, often with a moment of thanks, and some people stay to chat. Many groups are free or ask for an optional donation.',
    ],
    therapy: [
      'You contact the therapist or clinic, or your own doctor or therapist refers you. Ask about the cost and whether insurance will pay.',
      'You have a private screening talk with the group leader by phone, by video or in person. They ask what brings you and what you hope will change.',
      'Together you decide whether the group is a good fit. If it is not, the therapist should suggest another option.',
      'You go over the group agreement: attendance, privacy, fees and what to do if you miss a session. You may sign some forms.',
      'At the first session, members introduce themselves and the therapist explains the plan for the weeks ahead.',
      'Each person names a goal. The session may end with a first skill to practice before the next one.',
    ],
  },
  confidentiality: {
    heading: 'What confidentiality means in each',
    paragraphs: [
      'In a support group, privacy rests on a shared promise. Members agree not to repeat what they hear or say who was there. Most people keep that promise, but it is an agreement between people, not a guarantee. The leader is usually not a health professional bound by privacy laws, and may call for emergency help if someone seems to be in immediate danger.',
      'In group therapy, the therapist has a legal and professional duty to keep what you say private. Your records are protected, and the therapist will not confirm that you are in the group without your permission.',
      'That duty has limits set by law, and they vary from place to place. A therapist may have to share information if someone is at serious risk of harming themselves or another person, if a child, an older adult or a dependent adult may be suffering abuse or neglect, or if a court orders it. The therapist should explain these limits before you join.',
      'The other members of a therapy group are usually not bound by those same laws. They agree to keep things private, and the therapist can ask someone who breaks the agreement to leave, but no one can promise that every member will keep it.',
      'In either kind of group, share at your own pace. Using only your first name and leaving out details that could identify you or others are good habits, especially online.',
    ],
  },
  notAdvice:
    'This page is general information, not medical advice. It cannot tell you which care is right for you, but a doctor or mental health professional can. If you or someone else is in danger right now, call your local emergency number or a crisis line. In the US, call or text 988.',
  cta: {
    guide: 'Take the short guide',
    findSupport: 'Find a support group',
    findTherapy: 'Find group therapy',
  },
};
