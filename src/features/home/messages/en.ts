/** One of the five differences, as a row of the home page's short comparison. */
type Difference = { point: string; support: string; therapy: string };

/** The home page in English. The comparison page expands on the five differences. */
export const en = {
  title: 'Gatherwell',
  description: 'Find, choose between and join support groups and group therapy.',
  heading: 'Find a group where you are understood',
  lead: 'Gatherwell helps you find and join support groups led by people who have been there, and therapy groups led by licensed professionals: near you or online, at times that suit you.',
  guideTitle: 'Not sure which kind of group fits you?',
  guideText:
    'Answer a few short questions, about two minutes, and the guide suggests one and explains why.',
  guideStart: 'Start the guide',
  compareLink: 'Compare the two in detail',
  twoKinds: 'Two kinds of group',
  twoKindsIntro:
    'Both bring people together around a shared challenge, such as grief, recovery, illness or caring for someone. They differ in five ways.',
  supportGroup: 'Support group',
  groupTherapy: 'Group therapy',
  differences: [
    {
      point: 'Leadership',
      support: 'A peer who has lived through the same thing',
      therapy: 'A licensed mental-health professional',
    },
    {
      point: 'Purpose',
      support: 'Company, understanding and practical tips from others',
      therapy: 'Treatment: changing patterns with a clinician’s help',
    },
    {
      point: 'Structure',
      support: 'Informal and ongoing; come when you can',
      therapy: 'Planned sessions, often a fixed number, with an agenda',
    },
    {
      point: 'Confidentiality',
      support: 'A promise members make to each other',
      therapy: 'A professional duty, with stricter rules',
    },
    {
      point: 'Techniques',
      support: 'Sharing experience and helping each other',
      therapy: 'Named methods such as CBT, DBT or ACT',
    },
  ] as Difference[],
  privacy: 'Your privacy comes first',
  privacyText:
    'Being in a group about grief or addiction is health information. You can take part under a first name or a pseudonym, and only a group’s leaders see who its members are.',
};
