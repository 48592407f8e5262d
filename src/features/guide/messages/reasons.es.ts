import type { Translation } from '../../../i18n/catalogue.js';
import type { reasonsEn } from './reasons.en.js';

/** The guide's result in Spanish (neutral Latin American, tuteo). */
export const reasonsEs: Translation<typeof reasonsEn> = {
  reasons: {
    'hope-peers':
      'Quieres estar con personas que han pasado por lo mismo. Los grupos de apoyo los dirige alguien con experiencia propia, no un profesional clínico.',
    'hope-professional':
      'Buscas orientación profesional. La terapia de grupo la dirige un profesional de salud mental con licencia, que entrevista a cada persona antes de que se una.',
    'therapy-methods':
      'Trabajar en los propios patrones es justo el objetivo de la terapia de grupo: usa métodos reconocidos como la TCC, la TDC o la ACT, con práctica entre sesiones.',
    'structure-loose':
      'Prefieres poca estructura. La mayoría de los grupos de apoyo son continuos e informales: puedes ir cuando te sea posible y hablar solo si quieres.',
    'structure-structured':
      'Prefieres un plan claro. Los grupos de terapia duran un número fijo de sesiones, con objetivos y un orden del día para cada reunión.',
    'tension-peers-structured':
      'Quieres estar entre iguales pero también una estructura clara, y eso no suele ir junto. Algunos grupos de apoyo siguen un formato fijo cada semana (reuniones de pasos, programas guiados): pregunta a quien lo dirige cómo son las reuniones.',
    'tension-professional-loose':
      'Buscas orientación profesional pero poca estructura, y eso tira en direcciones distintas. Los grupos de terapia suelen tener un orden del día y una fecha de fin; los interpersonales y psicodinámicos son los menos pautados.',
    'topic-peer': (topic) =>
      `Para «${topic}» hay muchos grupos de apoyo entre iguales, y se valoran: quienes lo viven comparten lo que les ha ayudado.`,
    'topic-therapy': (topic) =>
      `Para «${topic}» existen métodos terapéuticos específicos (como la exposición, las habilidades de la TDC o la TCC centrada en el trauma), que enseña un profesional con formación.`,
    'needs-hospital':
      'Después de pasar por un hospital o un servicio de crisis, el seguimiento individual te da un plan hecho a tu medida. Un grupo se reúne en horarios fijos y no puede responder entre reuniones.',
    'needs-medication':
      'La medicación la indica y la revisa un médico o psiquiatra en consulta individual. Ni quien dirige un grupo de apoyo ni un grupo de terapia pueden hacerlo.',
    'needs-severe':
      'Cuando sobrellevar el día cuesta tanto, una atención solo para ti puede ir a tu ritmo. Un grupo reparte su tiempo entre todas las personas que lo forman.',
    'care-ask-clinician':
      'Ya te atiende alguien por esto. Habla con esa persona sobre unirte a un grupo ahora: sabe cómo estás y quizá conozca un buen grupo.',
    'care-alongside':
      'Un grupo de apoyo encaja bien con la atención que ya recibes: suma personas que lo han vivido, entre una cita y otra.',
    'cost-free-therapy':
      'La terapia de grupo gratuita es poco común, porque la dirige un profesional con licencia. Los centros comunitarios de salud mental, las clínicas universitarias y algunas organizaciones sin fines de lucro ofrecen grupos gratuitos o de bajo precio. La búsqueda muestra solo grupos gratuitos; amplíala si encuentra pocos.',
    'cost-paid-therapy':
      'Como la dirige un profesional con licencia, la terapia de grupo suele cobrarse, a menudo menos que la individual. Muchos grupos tienen tarifas según ingresos o aceptan seguro médico: pregúntalo en el primer contacto.',
    'cost-support':
      'La mayoría de los grupos de apoyo son gratuitos o piden solo un donativo, porque los organizan personas que lo han vivido. Por eso mismo casi nunca tienen que ver con seguros médicos.',
    'either-support':
      'Un grupo de apoyo ofrece compañía y comprensión de personas que lo han vivido. La mayoría son gratuitos y de entrada libre, así que puedes probar uno y ver qué tal.',
    'either-therapy':
      'Un grupo de terapia ofrece un trabajo guiado sobre los propios patrones con métodos reconocidos, después de una breve entrevista con el terapeuta.',
    'privacy-support':
      'En un grupo de apoyo, la privacidad se basa en un acuerdo del propio grupo («lo que se dice aquí se queda aquí»), no en un deber profesional. Comparte a tu ritmo.',
    'privacy-therapy':
      'En la terapia de grupo, el terapeuta está sujeto a normas profesionales de confidencialidad y fija para los miembros reglas más estrictas que un grupo de apoyo.',
    'secondary-therapy-topic': (topic) =>
      `Un grupo de terapia sobre «${topic}» también podría ayudar con los síntomas en sí, junto con un grupo de apoyo o más adelante.`,
    'secondary-support-free':
      'Si no encuentras un grupo de terapia gratuito que te convenga, un grupo de apoyo entre iguales no cuesta nada y puede ayudarte mientras tanto.',
    'secondary-support-alongside':
      'Un grupo de apoyo junto con tu terapia suma la compañía cotidiana de personas que lo han vivido.',
    'secondary-support-later':
      'Un grupo de apoyo entre iguales puede acompañar a la atención individual, y a muchas personas les reconforta mientras esperan una cita.',
  },
  outcomes: {
    crisis: {
      title: 'Por favor, busca ayuda ahora',
      summary:
        'No tienes que pasar por esto sin compañía. Hay personas listas para hablar contigo ahora mismo.',
    },
    support: {
      title: 'Un grupo de apoyo parece una buena opción',
      summary: 'Un grupo de personas que han pasado por lo mismo, dirigido por una de ellas.',
    },
    therapy: {
      title: 'La terapia de grupo parece una buena opción',
      summary:
        'Un grupo estructurado, dirigido por un profesional con licencia, con objetivos y métodos reconocidos.',
    },
    either: {
      title: 'Cualquiera de los dos tipos de grupo podría servirte',
      summary: 'Tus respuestas encajan con ambos. Esto es lo que te ofrecería cada uno.',
    },
    individual_first: {
      title: 'Primero, atención individual',
      summary:
        'Por lo que nos contaste, lo mejor para empezar es que te atienda un médico o terapeuta en consulta individual. Un grupo puede sumarse a la vez o más adelante.',
    },
  },
  searches: {
    support: 'Buscar grupos de apoyo',
    therapy: 'Buscar grupos de terapia',
    any: 'Buscar grupos',
  },
  someTopic: 'esto',
};
