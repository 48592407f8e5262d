import type { AudienceCode, TechniqueCode, TopicCode } from '../../../shared/taxonomy/index.js';
import { SUPPORT_LOSS_AND_HEALTH } from './support-loss-health.js';
import { SUPPORT_MIND_AND_LIFE } from './support-mind-life.js';

/**
 * A group name. `{day}` becomes "Tuesday" or "First Saturday", `{part}` "Evening" and so on,
 * `{city}` the city; names with a token are only used when the schedule or place can fill it.
 */
export type NameEntry = string | { text: string; audiences?: AudienceCode[]; topics?: TopicCode[] };

export type SupportTemplate = {
  names: NameEntry[];
  /** One or two sentences. */
  summaries: string[];
  /** The opening paragraphs of the description: who the group is for, then what members talk about. */
  about: [string, string];
  /** Names for one-off events. */
  events?: string[];
  /** Topics sometimes listed alongside the main one. */
  related?: TopicCode[];
  /** Audiences every group on the topic serves. */
  audiences?: AudienceCode[];
  /** Audiences some groups on the topic focus on. */
  optionalAudiences?: AudienceCode[];
};

export type TherapyTemplate = {
  topic: TopicCode;
  related?: TopicCode[];
  /** The first is always used; one of the rest may be added. */
  techniques: [TechniqueCode, ...TechniqueCode[]];
  /** Fixed-length cohorts; `{weeks}` is the number of sessions. */
  cohortNames: NameEntry[];
  /** Ongoing process groups. */
  ongoingNames: NameEntry[];
  summaries: string[];
  /** What the work is about. */
  focus: string;
  /** Three things members practise, as a Markdown list. */
  practise: [string, string, string];
  audiences?: AudienceCode[];
  optionalAudiences?: AudienceCode[];
};

export const SUPPORT_TEMPLATES: Record<TopicCode, SupportTemplate> = {
  ...SUPPORT_LOSS_AND_HEALTH,
  ...SUPPORT_MIND_AND_LIFE,
};

/** What happens at a meeting; `{duration}` is "about 90 minutes". */
export const MEETING_FORMATS = [
  'Meetings last {duration}. We start with introductions and a quick reminder of the group agreements, then take turns to share. You can pass at any time.',
  'Each meeting opens with a short check-in. After that the conversation follows whatever members bring that day, and the facilitators keep time so everyone who wants to speak has room.',
  'Most meetings have a loose theme (sleep, hard anniversaries, asking for help) that we talk through over {duration}. Nobody is put on the spot.',
  'We spend {duration} together. What is said in the group stays in the group; we listen rather than fix, and we close with one thing each person is taking away.',
  'The first half of the meeting is open sharing. In the second half we often swap practical ideas: books, local services, what helped on a bad day.',
] as const;

export const ONLINE_NOTES = [
  'Cameras are welcome but optional, and you can use the chat if speaking feels like too much.',
  'You can join from a computer or phone. Keep your camera off if you prefer; you will still be part of the group.',
] as const;

export const PEER_NOTES = [
  'The group is run by trained peer volunteers with lived experience. It is not therapy and does not replace professional care, but facilitators can share information about other local support if you ask.',
  'Facilitators are volunteers who have been where you are. They are not clinicians, and they are happy to point you towards other help.',
  'This is a peer group: nobody here is an expert on your life except you. If you need urgent help, please contact a crisis line or emergency services.',
] as const;

export const APPROVAL_NOTES = [
  'To keep the group small and steady, we ask new members to get in touch with the facilitators before their first meeting.',
  'New members have a short, friendly chat with a facilitator before joining, so we can tell you what to expect.',
] as const;

export const FIRST_VISIT = {
  in_person: [
    'Arrive ten minutes early and look for the sign at the front desk. You are welcome to just listen the first time.',
    'Coffee and tea are ready from a quarter of an hour before we start. Nobody will ask you to share unless you want to.',
    'The room is on the ground floor; ask at reception if you cannot find us. Come as you are.',
    'First-timers often feel nervous. A facilitator will say hello, explain how the group works and show you where to sit.',
  ],
  online: [
    'Join a few minutes early to test your sound. Cameras are optional and you can use a first name only.',
    'Use any name you like on screen. A facilitator will welcome you in the first few minutes and explain the format.',
  ],
  therapy: [
    'After you apply, one of the therapists will contact you within a week to arrange a screening conversation.',
    'Apply through the form and we will call you for a 20-minute conversation about whether the group suits you.',
  ],
} as const;

/** Spanish text for groups that meet only in Spanish. */
export const SPANISH = {
  supportNames: [
    'Grupo de apoyo: {topic}',
    '{topic}: grupo de apoyo en español',
    'Encuentro de apoyo: {topic}',
  ],
  therapyNames: ['Grupo terapéutico: {topic}', 'Grupo terapéutico: {topic} ({weeks} sesiones)'],
  supportSummary:
    'Un grupo en español para compartir experiencias, escuchar y apoyarnos en un ambiente de respeto y confidencialidad.',
  therapySummary:
    'Un grupo terapéutico en español, dirigido por profesionales, con cupo limitado y una entrevista previa.',
  supportDescription: [
    'Este grupo se reúne en español y está abierto a cualquier persona adulta que esté viviendo esta situación, o que acompañe a alguien que la vive.',
    'Cada reunión empieza con una breve ronda de presentación. Después, quien quiera comparte su experiencia; también puedes venir solo a escuchar. Lo que se dice en el grupo queda en el grupo.',
    'Las personas que coordinan son voluntarias con experiencia propia, no profesionales clínicos.',
  ],
  therapyDescription: [
    'Un grupo pequeño, dirigido por profesionales con licencia, que trabaja con un programa estructurado y ejercicios prácticos entre sesiones.',
    'Antes de empezar, cada persona tiene una entrevista breve con el equipo para comprobar que el grupo es adecuado para ella.',
  ],
} as const;
