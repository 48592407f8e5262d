import type { Translation } from '../../../i18n/catalogue.js';
import type { contentEn } from './content.en.js';

// Español latinoamericano neutro, con tuteo; se evita el masculino genérico cuando es fácil.
export const contentEs: Translation<typeof contentEn> = {
  title: 'Grupos de apoyo y terapia de grupo: en qué se diferencian',
  intro:
    'Los dos reúnen a personas para hablar de algo difícil, pero funcionan de manera distinta. Aquí los comparamos lado a lado para que elijas el que mejor te sirve en este momento.',
  differencesHeading: 'Cinco diferencias clave',
  columns: { aspect: 'Qué cambia', support: 'Grupo de apoyo', therapy: 'Terapia de grupo' },
  exampleLabel: 'Por ejemplo',
  differences: {
    leadership: {
      label: 'Quién lo guía',
      support:
        'Una persona que vivió lo mismo que los demás miembros. Muchas han recibido capacitación para coordinar grupos, pero no actúan como profesionales de la salud.',
      therapy:
        'Un profesional de salud mental con licencia, como un psicólogo, un trabajador social clínico o un consejero. Está capacitado para dar tratamiento y responde ante el organismo que le otorgó la licencia.',
      example: {
        support:
          'Un círculo de duelo semanal lo coordina una mujer que enviudó hace unos años. Hizo un curso para guiar grupos y cuida que la conversación sea respetuosa y no se desvíe.',
        therapy:
          'Un grupo de 10 semanas para la ansiedad social lo dirige una psicóloga con licencia, que se reúne a solas con cada persona antes de empezar.',
      },
    },
    purpose: {
      label: 'Para qué sirve',
      support:
        'Para no cargar con todo en soledad. Los miembros cuentan lo que han vivido, se dan ánimo y comparten las formas de salir adelante que les funcionaron.',
      therapy:
        'Para tratar un problema y lograr cambios. Cada miembro trabaja en metas personales, como tener menos ataques de pánico o relaciones más sanas.',
      example: {
        support:
          'En el círculo de duelo se habla de las primeras fiestas sin un ser querido y de cómo logró pasarlas cada quien.',
        therapy:
          'En el grupo de ansiedad, la meta de una persona es poder dar su opinión en las reuniones de trabajo sin quedarse en blanco.',
      },
    },
    structure: {
      label: 'Cómo se organiza',
      support:
        'Es informal y continuo. Muchos grupos son abiertos, se reúnen cada semana o cada mes y no tienen fecha de cierre. Vas cuando puedes.',
      therapy:
        'Sigue un plan y tiene una duración fija. Dura un número determinado de sesiones, a menudo con las mismas personas de principio a fin, y el terapeuta decide qué se trabaja en cada sesión.',
      example: {
        support:
          'El círculo de duelo se reúne todos los martes por la noche. Algunas personas van cada semana; otras, solo cuando tuvieron una semana difícil.',
        therapy:
          'El grupo de ansiedad se reúne a la misma hora durante 10 semanas. La semana 3 trata de reconocer los pensamientos ansiosos. La semana 6, de enfrentar poco a poco las situaciones que dan miedo.',
      },
    },
    confidentiality: {
      label: 'Qué queda en privado',
      support:
        'El grupo acuerda que lo que se comparte no sale de ahí. Es un compromiso entre los miembros, no una obligación legal, y por lo general quien guía el grupo no está sujeto a las leyes de privacidad en salud.',
      therapy:
        'La ley y la ética profesional obligan al terapeuta a proteger tu privacidad, salvo algunas excepciones legales. Además, fija reglas claras de confidencialidad que cada miembro acepta antes de entrar.',
      example: {
        support:
          'Al comenzar cada reunión del círculo de duelo, la coordinadora recuerda que lo que se dice ahí, y quién asistió, se queda ahí.',
        therapy:
          'Antes de la primera sesión, cada miembro del grupo de ansiedad firma un acuerdo de confidencialidad, y la psicóloga explica en qué casos la ley podría obligarla a compartir información.',
      },
    },
    techniques: {
      label: 'Cómo ayuda',
      support:
        'Con la experiencia compartida y la ayuda mutua. Las personas escuchan, cuentan su propia historia y se pasan consejos prácticos. Nadie le da tratamiento a nadie.',
      therapy:
        'Con métodos reconocidos y estudiados, como la terapia cognitivo-conductual (TCC), la terapia dialéctico-conductual (TDC) o la terapia de aceptación y compromiso (ACT). Puede haber ejercicios y tareas para la casa.',
      example: {
        support:
          'Una integrante del círculo de duelo cuenta que escribirle una carta a su mamá, que ya falleció, la ayudó a volver a dormir. Otras personas comparten lo que les sirvió a ellas.',
        therapy:
          'El grupo de ansiedad usa la TCC. Los miembros aprenden a poner a prueba sus pensamientos de miedo y luego practican un pequeño reto durante la semana, como pedirle indicaciones a un desconocido.',
      },
    },
  },
  whenFits: {
    heading: 'Cuándo conviene cada uno',
    support: [
      'Quieres estar con personas que te entienden de verdad porque pasaron por lo mismo.',
      'Puedes con tu día a día, pero sientes que nadie a tu alrededor entiende lo que estás viviendo.',
      'Buscas algo gratuito o de bajo costo, sin que un médico tenga que enviarte y sin lista de espera.',
      'Quieres ir y venir según te lo permita tu vida, sin una fecha de cierre.',
      'Terminaste una terapia y quieres seguir contando con apoyo.',
    ],
    therapy: [
      'Tus emociones o tus hábitos afectan casi todos los días tu trabajo, tus estudios, tu sueño o tus relaciones.',
      'Quieres cambiar un patrón concreto con la guía de un profesional capacitado.',
      'Te sientes mejor con un plan claro, metas definidas y un número fijo de sesiones.',
      'Un médico o un terapeuta te recomendó un tratamiento en grupo.',
      'Tienes ganas de practicar nuevas habilidades entre una sesión y otra.',
    ],
    oneToOneFirst:
      'A veces ninguno de los dos es el mejor primer paso. Si estás en crisis, o necesitas atención para un problema que un grupo no puede manejar con seguridad por sí solo, empieza con ayuda individual de un médico o un terapeuta. El grupo puede venir después.',
  },
  combining: {
    heading: 'Cómo combinarlos',
    paragraphs: [
      'No tienes que elegir solo uno. Muchas personas van a un grupo de apoyo y a un grupo de terapia, o tienen terapia individual mientras asisten a un grupo de apoyo. Cada uno ofrece algo que el otro no da.',
      'Un camino posible: alguien entra a un grupo de terapia para trabajar un problema. Cuando terminan las sesiones, se une a un grupo de apoyo para no perder lo que aprendió y seguir en contacto con gente que lo entiende.',
      'También pasa al revés. Alguien en un grupo de apoyo puede darse cuenta de que necesita más ayuda, y quien guía el grupo puede sugerirle que hable con un profesional.',
      'Si estás en terapia, cuéntale a tu terapeuta a qué otros grupos vas. Algunos grupos de terapia piden a sus miembros que no se vean fuera de las sesiones, o que lo comenten en el grupo si lo hacen. Pregunta por esta regla antes de entrar.',
      'Un grupo de apoyo puede complementar un tratamiento, pero no lo reemplaza cuando lo necesitas.',
    ],
  },
  firstMeeting: {
    heading: 'Qué pasa en la primera reunión',
    support: [
      'Busca una reunión y revisa que reciba a personas nuevas. La mayoría lo hace y casi nunca hace falta inscribirse.',
      'Llega unos minutos antes o abre el enlace de la videollamada. Quien guía el grupo te da la bienvenida y quizás te explique cómo funciona.',
      'La reunión empieza con un saludo y las reglas del grupo, entre ellas la de mantener en privado lo que se comparte.',
      'Cada persona se presenta, muchas veces solo con su nombre de pila. Puedes decir tanto o tan poco como quieras.',
      'Los miembros hablan por turnos. Si prefieres solo escuchar, puedes pasar cuando te toque.',
      'La reunión termina, a menudo con un momento para dar las gracias, y algunas personas se quedan a conversar. Muchos grupos son gratuitos o piden una donación voluntaria.',
    ],
    therapy: [
      'Te comunicas con el terapeuta o la clínica, o tu propio médico o terapeuta te envía. Pregunta cuánto cuesta y si tu seguro médico lo cubre.',
      'Tienes una entrevista privada con quien dirige el grupo, por teléfono, por video o en persona. Te pregunta qué te trae y qué te gustaría que cambiara.',
      'Entre los dos deciden si el grupo es adecuado para ti. Si no lo es, el terapeuta debería sugerirte otra opción.',
      'Revisan juntos el acuerdo del grupo: asistencia, privacidad, pagos y qué hacer si faltas a una sesión. Es posible que firmes algunos formularios.',
      'En la primera sesión, los miembros se presentan y el terapeuta explica el plan para las próximas semanas.',
      'Cada persona dice cuál es su meta. La sesión puede terminar con una primera habilidad para practicar antes de la siguiente.',
    ],
  },
  confidentiality: {
    heading: 'Qué significa la confidencialidad en cada uno',
    paragraphs: [
      'En un grupo de apoyo, la privacidad depende de un compromiso compartido. Los miembros acuerdan no repetir lo que escuchan ni contar quién estuvo ahí. La mayoría lo cumple, pero es un acuerdo entre personas, no una garantía. Quien guía el grupo por lo general no es un profesional de la salud sujeto a las leyes de privacidad, y puede pedir ayuda de emergencia si alguien parece estar en peligro inmediato.',
      'En la terapia de grupo, el terapeuta tiene el deber legal y profesional de mantener en privado lo que dices. Tu expediente está protegido, y el terapeuta no confirmará que participas en el grupo sin tu permiso.',
      'Ese deber tiene límites que fija la ley y que cambian según el lugar. Un terapeuta puede estar obligado a compartir información si alguien corre un riesgo serio de hacerse daño o de dañar a otra persona, si un niño, una persona mayor o un adulto dependiente podría estar sufriendo abuso o abandono, o si un juez se lo ordena. El terapeuta debe explicarte estos límites antes de que entres.',
      'Por lo general, los demás miembros de un grupo de terapia no están obligados por esas mismas leyes. Se comprometen a guardar la privacidad, y el terapeuta puede pedirle que se retire a quien rompa el acuerdo, pero nadie puede prometer que todos lo van a cumplir.',
      'En cualquiera de los dos, comparte a tu propio ritmo. Usar solo tu nombre de pila y no dar detalles que puedan identificarte a ti o a otras personas son buenos hábitos, sobre todo en línea.',
    ],
  },
  notAdvice:
    'Esta página es información general, no consejo médico. No puede decirte qué tipo de atención es la adecuada para ti, pero un médico o un profesional de salud mental sí. Si tú u otra persona están en peligro ahora mismo, llama al número de emergencias de tu país o a una línea de crisis. En Estados Unidos, llama o envía un mensaje de texto al 988, que también atiende en español.',
  cta: {
    guide: 'Responder la guía breve',
    findSupport: 'Buscar un grupo de apoyo',
    findTherapy: 'Buscar terapia de grupo',
  },
};
