/**
 * The words of the guide's result: every reason it can give, each filed under one of the five
 * differences between support groups and group therapy (docs: ../shared/DESIGN.md). Kept apart
 * from the rules in scoring.ts so that wording can be reviewed without reading logic.
 */
import type { Text } from './codes.js';

export const DIFFERENCES = [
  'leadership',
  'purpose',
  'structure',
  'confidentiality',
  'techniques',
] as const;
export type Difference = (typeof DIFFERENCES)[number];

export const OUTCOMES = ['crisis', 'support', 'therapy', 'either', 'individual_first'] as const;
export type Outcome = (typeof OUTCOMES)[number];

type Wording = { difference: Difference; text: Text | ((topic: Text) => Text) };
const t = (en: string, es: string): Text => ({ en, es });

export const REASONS = {
  'hope-peers': {
    difference: 'leadership',
    text: t(
      'You want to be with people who have been through the same thing. Support groups are led by someone with lived experience, not by a clinician.',
      'Quieres estar con personas que han pasado por lo mismo. Los grupos de apoyo los dirige alguien con experiencia propia, no un profesional clínico.',
    ),
  },
  'hope-professional': {
    difference: 'leadership',
    text: t(
      'You want a professional’s guidance. Group therapy is led by a licensed mental-health professional who screens members before they join.',
      'Buscas orientación profesional. La terapia de grupo la dirige un profesional de salud mental con licencia, que entrevista a cada persona antes de que se una.',
    ),
  },
  'therapy-methods': {
    difference: 'techniques',
    text: t(
      'Working on patterns is what group therapy is for: it uses named methods such as CBT, DBT or ACT, with practice between sessions.',
      'Trabajar en los propios patrones es justo el objetivo de la terapia de grupo: usa métodos reconocidos como la TCC, la TDC o la ACT, con práctica entre sesiones.',
    ),
  },
  'structure-loose': {
    difference: 'structure',
    text: t(
      'You would like little structure. Most support groups are ongoing and informal: you can come when you are able and speak only when you want to.',
      'Prefieres poca estructura. La mayoría de los grupos de apoyo son continuos e informales: puedes ir cuando te sea posible y hablar solo si quieres.',
    ),
  },
  'structure-structured': {
    difference: 'structure',
    text: t(
      'You would like a clear plan. Therapy groups run for a set number of sessions, with goals and an agenda for each meeting.',
      'Prefieres un plan claro. Los grupos de terapia duran un número fijo de sesiones, con objetivos y un orden del día para cada reunión.',
    ),
  },
  'tension-peers-structured': {
    difference: 'structure',
    text: t(
      'You want peers but also a clear structure, and those usually come apart. Some support groups do follow a set format each week (step meetings, guided programmes): ask the leader how meetings run.',
      'Quieres estar entre iguales pero también una estructura clara, y eso no suele ir junto. Algunos grupos de apoyo siguen un formato fijo cada semana (reuniones de pasos, programas guiados): pregunta a quien lo dirige cómo son las reuniones.',
    ),
  },
  'tension-professional-loose': {
    difference: 'structure',
    text: t(
      'You want a professional’s guidance but little structure, and those pull in different directions. Therapy groups usually have an agenda and an end date; interpersonal and psychodynamic groups are the least scripted.',
      'Buscas orientación profesional pero poca estructura, y eso tira en direcciones distintas. Los grupos de terapia suelen tener un orden del día y una fecha de fin; los interpersonales y psicodinámicos son los menos pautados.',
    ),
  },
  'topic-peer': {
    difference: 'purpose',
    text: (topic) =>
      t(
        `For “${topic.en}”, peer groups are common and valued: people who live it share what has helped them cope.`,
        `Para «${topic.es}» hay muchos grupos de apoyo entre iguales, y se valoran: quienes lo viven comparten lo que les ha ayudado.`,
      ),
  },
  'topic-therapy': {
    difference: 'techniques',
    text: (topic) =>
      t(
        `For “${topic.en}”, there are therapy methods made for it (such as exposure work, DBT skills or trauma-focused CBT), taught by a trained professional.`,
        `Para «${topic.es}» existen métodos terapéuticos específicos (como la exposición, las habilidades de la TDC o la TCC centrada en el trauma), que enseña un profesional con formación.`,
      ),
  },
  'needs-hospital': {
    difference: 'structure',
    text: t(
      'After a stay in hospital or with a crisis service, one-to-one follow-up gives you a plan made for you. A group meets at set times and cannot respond between meetings.',
      'Después de pasar por un hospital o un servicio de crisis, el seguimiento individual te da un plan hecho a tu medida. Un grupo se reúne en horarios fijos y no puede responder entre reuniones.',
    ),
  },
  'needs-medication': {
    difference: 'leadership',
    text: t(
      'Medication is started and reviewed by a doctor or psychiatrist, one to one. Neither a peer leader nor a group therapist can do that in a group.',
      'La medicación la indica y la revisa un médico o psiquiatra en consulta individual. Ni quien dirige un grupo de apoyo ni un grupo de terapia pueden hacerlo.',
    ),
  },
  'needs-severe': {
    difference: 'purpose',
    text: t(
      'When getting through the day is this hard, care that is only for you can go at your pace. A group shares its time among everyone in it.',
      'Cuando sobrellevar el día cuesta tanto, una atención solo para ti puede ir a tu ritmo. Un grupo reparte su tiempo entre todas las personas que lo forman.',
    ),
  },
  'care-ask-clinician': {
    difference: 'leadership',
    text: t(
      'You already see someone for this. Talk with them about joining a group now: they know how you are doing and may know a good group.',
      'Ya te atiende alguien por esto. Habla con esa persona sobre unirte a un grupo ahora: sabe cómo estás y quizá conozca un buen grupo.',
    ),
  },
  'care-alongside': {
    difference: 'purpose',
    text: t(
      'A support group sits well alongside the care you already have: it adds people who have lived it, between appointments.',
      'Un grupo de apoyo encaja bien con la atención que ya recibes: suma personas que lo han vivido, entre una cita y otra.',
    ),
  },
  'cost-free-therapy': {
    difference: 'leadership',
    text: t(
      'Free group therapy is rare, because a licensed professional leads it. Community mental-health centres, university clinics and some nonprofits offer free or low-cost groups. The search shows free groups only; widen it if it finds few.',
      'La terapia de grupo gratuita es poco común, porque la dirige un profesional con licencia. Los centros comunitarios de salud mental, las clínicas universitarias y algunas organizaciones sin fines de lucro ofrecen grupos gratuitos o de bajo precio. La búsqueda muestra solo grupos gratuitos; amplíala si encuentra pocos.',
    ),
  },
  'cost-paid-therapy': {
    difference: 'leadership',
    text: t(
      'Because a licensed professional leads it, group therapy usually has a fee, often lower than one-to-one therapy. Many groups offer a sliding scale or accept insurance: ask when you first contact them.',
      'Como la dirige un profesional con licencia, la terapia de grupo suele cobrarse, a menudo menos que la individual. Muchos grupos tienen tarifas según ingresos o aceptan seguro médico: pregúntalo en el primer contacto.',
    ),
  },
  'cost-support': {
    difference: 'leadership',
    text: t(
      'Most support groups are free or ask only for a donation, because they are run by peers. For the same reason they rarely involve insurance.',
      'La mayoría de los grupos de apoyo son gratuitos o piden solo un donativo, porque los organizan personas que lo han vivido. Por eso mismo casi nunca tienen que ver con seguros médicos.',
    ),
  },
  'either-support': {
    difference: 'purpose',
    text: t(
      'A support group offers company and understanding from people who have lived it. Most are free and drop-in, so you can try one and see how it feels.',
      'Un grupo de apoyo ofrece compañía y comprensión de personas que lo han vivido. La mayoría son gratuitos y de entrada libre, así que puedes probar uno y ver qué tal.',
    ),
  },
  'either-therapy': {
    difference: 'techniques',
    text: t(
      'A therapy group offers guided work on patterns with named methods, after a short screening conversation with the therapist.',
      'Un grupo de terapia ofrece un trabajo guiado sobre los propios patrones con métodos reconocidos, después de una breve entrevista con el terapeuta.',
    ),
  },
  'privacy-support': {
    difference: 'confidentiality',
    text: t(
      'In a support group, privacy rests on the group’s shared agreement (“what is said here stays here”), not on a professional duty. Share at your own pace.',
      'En un grupo de apoyo, la privacidad se basa en un acuerdo del propio grupo («lo que se dice aquí se queda aquí»), no en un deber profesional. Comparte a tu ritmo.',
    ),
  },
  'privacy-therapy': {
    difference: 'confidentiality',
    text: t(
      'In group therapy, the therapist is bound by professional confidentiality rules and sets stricter ground rules for members than a peer group does.',
      'En la terapia de grupo, el terapeuta está sujeto a normas profesionales de confidencialidad y fija para los miembros reglas más estrictas que un grupo de apoyo.',
    ),
  },
  'secondary-therapy-topic': {
    difference: 'techniques',
    text: (topic) =>
      t(
        `A therapy group for “${topic.en}” could also help with the symptoms themselves, alongside a support group or later.`,
        `Un grupo de terapia sobre «${topic.es}» también podría ayudar con los síntomas en sí, junto con un grupo de apoyo o más adelante.`,
      ),
  },
  'secondary-support-free': {
    difference: 'leadership',
    text: t(
      'If no free therapy group fits, a peer-led support group costs nothing and can help in the meantime.',
      'Si no encuentras un grupo de terapia gratuito que te convenga, un grupo de apoyo entre iguales no cuesta nada y puede ayudarte mientras tanto.',
    ),
  },
  'secondary-support-alongside': {
    difference: 'purpose',
    text: t(
      'A support group alongside your therapy adds everyday company from people who have lived it.',
      'Un grupo de apoyo junto con tu terapia suma la compañía cotidiana de personas que lo han vivido.',
    ),
  },
  'secondary-support-later': {
    difference: 'purpose',
    text: t(
      'A peer support group can sit alongside one-to-one care, and many people find one a comfort while they wait for an appointment.',
      'Un grupo de apoyo entre iguales puede acompañar a la atención individual, y a muchas personas les reconforta mientras esperan una cita.',
    ),
  },
} as const satisfies Record<string, Wording>;
export type ReasonId = keyof typeof REASONS;

export const OUTCOME_TEXT: Record<Outcome, { title: Text; summary: Text }> = {
  crisis: {
    title: t('Please reach out for help now', 'Por favor, busca ayuda ahora'),
    summary: t(
      'You do not have to get through this alone. People are ready to talk with you right now.',
      'No tienes que pasar por esto sin compañía. Hay personas listas para hablar contigo ahora mismo.',
    ),
  },
  support: {
    title: t('A support group looks like a good fit', 'Un grupo de apoyo parece una buena opción'),
    summary: t(
      'A peer-led group of people who have been through the same thing.',
      'Un grupo de personas que han pasado por lo mismo, dirigido por una de ellas.',
    ),
  },
  therapy: {
    title: t('Group therapy looks like a good fit', 'La terapia de grupo parece una buena opción'),
    summary: t(
      'A structured group led by a licensed professional, with goals and named methods.',
      'Un grupo estructurado, dirigido por un profesional con licencia, con objetivos y métodos reconocidos.',
    ),
  },
  either: {
    title: t(
      'Either kind of group could suit you',
      'Cualquiera de los dos tipos de grupo podría servirte',
    ),
    summary: t(
      'Your answers fit both. Here is what each would offer you.',
      'Tus respuestas encajan con ambos. Esto es lo que te ofrecería cada uno.',
    ),
  },
  individual_first: {
    title: t('One-to-one help first', 'Primero, atención individual'),
    summary: t(
      'From what you told us, a doctor or therapist seeing you on your own is the best first step. A group can come alongside or after.',
      'Por lo que nos contaste, lo mejor para empezar es que te atienda un médico o terapeuta en consulta individual. Un grupo puede sumarse a la vez o más adelante.',
    ),
  },
};

export const SEARCH_LABELS = {
  support: t('Find support groups', 'Buscar grupos de apoyo'),
  therapy: t('Find therapy groups', 'Buscar grupos de terapia'),
  any: t('Find groups', 'Buscar grupos'),
} as const;
