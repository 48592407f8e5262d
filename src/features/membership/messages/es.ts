import { plural, type Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** Joining a group, the leaders' side of it and the mail each change sends, in Spanish. */
export const es: Translation<typeof en> = {
  panel: {
    heading: 'Unirte a este grupo',
    signIn: 'Inicia sesión o crea una cuenta para unirte',
    signInWhy: 'Puedes usar un seudónimo. Solo quienes dirigen un grupo ven quién pertenece a él.',
    youLead: 'Diriges este grupo.',
    manage: 'Gestionar personas y solicitudes',
    policy: {
      drop_in: 'Cualquiera puede unirse al momento tras aceptar el acuerdo del grupo.',
      approval: 'Una persona que dirige el grupo lee cada solicitud antes de que alguien se una.',
      application:
        'La terapeuta o el terapeuta lee cada solicitud y habla con cada persona antes de que empiece el grupo.',
    },
    status: {
      requested: 'Pediste unirte. Te responderán pronto.',
      applied: 'Enviaste tu solicitud. Te contactarán.',
      screening: 'Están revisando tu solicitud: quizá te contacten.',
      waitlisted:
        'Estás en la lista de espera. Cuando se libere un lugar, te lo ofreceremos por correo.',
      offered: (until: string) => `Te guardamos un lugar hasta ${until}.`,
      member: 'Eres miembro de este grupo.',
      declined: 'Esta vez no se aceptó tu solicitud.',
      left: 'Dejaste este grupo.',
      removed: 'Quien dirige el grupo te retiró de él.',
    },
    declineNote: 'La nota de quien dirige:',
    suggestions: 'Grupos que quizá te convengan más:',
    waitlistPosition: (n: number) => `Eres el número ${n} en la lista de espera.`,
    members: (n: number) => plural('es', n, { one: `${n} miembro`, other: `${n} miembros` }),
    memberNames: 'Miembros',
    agreementHeading: 'El acuerdo del grupo',
    agreementAccept: 'Acepto este acuerdo',
    agreementChanged: 'El grupo cambió su acuerdo. Léelo y acéptalo para seguir al día.',
    acceptAgreement: 'Aceptar el nuevo acuerdo',
    join: 'Unirme a este grupo',
    joinWaitlist: 'Entrar en la lista de espera',
    full: 'El grupo está lleno: al unirte entras en la lista de espera.',
    request: 'Pedir unirme',
    messageLabel: 'Un mensaje para quienes dirigen (opcional)',
    messageHint: 'Cuenta tanto o tan poco como quieras. Solo lo leen quienes dirigen el grupo.',
    apply: 'Solicitar plaza en este grupo',
    takeSeat: 'Quedarme con el lugar',
    declineSeat: 'Dejarlo para la siguiente persona',
    leave: 'Dejar este grupo',
    write: 'Escribir en privado a quienes dirigen',
    withdraw: 'Retirar mi solicitud',
    closed: 'Este grupo no admite miembros nuevos por ahora.',
    privateNote: 'Tu pertenencia es privada: otras visitas nunca la ven.',
  },
  done: {
    joined: 'Te damos la bienvenida: te uniste al grupo.',
    waitlisted: 'Estás en la lista de espera. Te escribiremos cuando se libere un lugar.',
    requested: 'Enviamos tu solicitud a quienes dirigen el grupo.',
    applied: 'Enviamos tu solicitud a la terapeuta o al terapeuta.',
    left: 'Dejaste el grupo.',
    seat: 'El lugar es tuyo: te damos la bienvenida.',
    agreement: 'Gracias: aceptaste el acuerdo vigente.',
  },
  apply: {
    title: (group: string) => `Solicitar plaza en ${group}`,
    intro:
      'La terapeuta o el terapeuta lee tus respuestas antes de hablar contigo. Solo las personas terapeutas de este grupo pueden leerlas; se guardan cifradas y cada lectura queda registrada.',
    noQuestions: 'Este grupo no tiene preguntas: tu solicitud indica que te interesa.',
    yes: 'Sí',
    no: 'No',
    optional: '(opcional)',
    submit: 'Enviar mi solicitud',
  },
  leave: {
    title: (group: string) => `¿Dejar ${group}?`,
    body: 'Dejarás de recibir recordatorios. Si el grupo está lleno, tu lugar pasa a la siguiente persona en espera.',
    confirm: 'Dejar el grupo',
    cancel: 'Quedarme',
  },
  errors: {
    summary: 'Hay un problema',
    agreement: 'Marca la casilla para aceptar el acuerdo del grupo',
    required: 'Responde esta pregunta',
    tooLong: 'Esta respuesta es demasiado larga',
    choice: 'Elige una de las opciones',
    message: 'El mensaje debe tener menos de 2000 caracteres',
    closed: 'Este grupo no admite miembros nuevos por ahora.',
    already: 'Ya pediste unirte a este grupo.',
    not_allowed: 'No puedes unirte a este grupo.',
    not_found: 'No encontramos esa solicitud.',
    offer_expired: 'Lo sentimos: ya pasó el plazo para quedarte con este lugar.',
    agreement_required: 'El acuerdo cambió mientras lo leías. Léelo de nuevo, por favor.',
    notFound: 'No encontramos ese grupo.',
    notLeader: 'Solo quienes dirigen este grupo pueden ver esta página.',
    intakeRefused:
      'Solo las personas terapeutas de este grupo pueden leer las respuestas de admisión.',
    leadersOnly: 'Solo quienes dirigen este grupo pueden abrir esta página.',
    ownerOnly: 'Solo la persona titular del grupo puede hacer esto.',
  },
  people: {
    title: (group: string) => `Personas en ${group}`,
    back: 'Volver al grupo',
    privacy:
      'La pertenencia es información de salud. No compartas esta lista ni contactes a los miembros fuera de lo que aceptaron.',
    requests: 'Solicitudes para unirse',
    applications: 'Solicitudes de plaza',
    waitlist: 'Lista de espera',
    offered: 'Lugares ofrecidos',
    members: 'Miembros',
    none: 'Ninguna.',
    count: (n: number, cap: number | null) =>
      cap == null
        ? plural('es', n, { one: `${n} miembro`, other: `${n} miembros` })
        : `${n} de ${cap} lugares ocupados`,
    asked: 'Pidió',
    joined: 'Se unió',
    until: 'Guardado hasta',
    message: 'Mensaje',
    noMessage: 'Sin mensaje.',
    status: { applied: 'Nueva', screening: 'En revisión' },
    open: 'Leer la solicitud',
    approve: 'Aprobar',
    accept: 'Aceptar',
    screening: 'Marcar en revisión',
    waitlist_: 'Poner en lista de espera',
    decline: 'Rechazar',
    noteLabel: 'Una nota para la persona (opcional)',
    noteHint: 'Amable y breve: la leerá en un correo.',
    referralsLabel: 'Sugerir otros grupos (opcional)',
    decided: {
      member: 'Ya es miembro.',
      waitlisted: 'El grupo está lleno: entra en la lista de espera.',
      screening: 'Marcada en revisión.',
      declined: 'Rechazada. Se le avisó por correo.',
    },
    remove: 'Retirar del grupo',
    removeReason: 'Motivo (solo para quienes dirigen)',
    removed: 'Retirada. Su lugar pasó a la siguiente persona en espera, si la hay.',
    answers: 'Respuestas de admisión',
    auditNote: 'La apertura de esta página quedó registrada en el registro de auditoría.',
    unreadable: 'Estas respuestas no se pueden leer con la clave actual.',
    unanswered: 'Sin respuesta',
  },
  mail: {
    footer:
      'Recibes este mensaje porque pediste unirte a un grupo en Gatherwell. Si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
    stop: 'Dejar de recibir correos sobre decisiones y cambios de mis grupos',
    open: 'Abrir el grupo',
    write: 'Escribir a quienes dirigen',
    note: 'Quien dirige escribió:',
    next: (when: string, zone: string, there?: string) =>
      `Tu primera reunión: ${when}, ${zone}${there ? ` (${there} donde se reúne el grupo)` : ''}.`,
    joined: {
      subject: 'Te uniste a un grupo',
      body: (g: string) =>
        `Te damos la bienvenida a ${g}. La página del grupo muestra las próximas reuniones y cómo participar.`,
    },
    requested: {
      subject: 'Tu solicitud para unirte a un grupo',
      body: (g: string) =>
        `Enviamos tu solicitud a quienes dirigen ${g}. Recibirás un correo cuando respondan.`,
    },
    applied: {
      subject: 'Tu solicitud de plaza en un grupo',
      body: (g: string) =>
        `Enviamos tu solicitud a la persona terapeuta de ${g}. Lee cada solicitud y te contactará.`,
    },
    screening: {
      subject: 'Están revisando tu solicitud',
      body: (g: string) =>
        `La persona terapeuta de ${g} está revisando tu solicitud y quizá te contacte para hablar de ella.`,
    },
    approved: {
      subject: 'Ya estás dentro: aprobaron tu solicitud',
      body: (g: string) => `Aprobaron tu solicitud: ya eres miembro de ${g}.`,
    },
    accepted: {
      subject: 'Ya estás dentro: aceptaron tu solicitud',
      body: (g: string) => `La persona terapeuta aceptó tu solicitud: ya eres miembro de ${g}.`,
    },
    waitlisted: {
      subject: 'Estás en una lista de espera',
      body: (g: string) =>
        `${g} está lleno por ahora, así que estás en su lista de espera. Cuando se libere un lugar, te lo ofreceremos por correo.`,
    },
    declined: {
      subject: 'Sobre tu solicitud para unirte a un grupo',
      body: (g: string) => `Esta vez no se aceptó tu solicitud para unirte a ${g}.`,
      suggestions: 'Grupos que quizá te convengan:',
    },
    offered: {
      subject: 'Hay un lugar libre para ti',
      body: (g: string, until: string) =>
        `Hay un lugar libre en ${g} y te lo guardamos hasta ${until}. Abre la página del grupo para quedártelo; después pasará a la siguiente persona en espera.`,
    },
    offer_lapsed: {
      subject: 'El lugar que te guardábamos pasó a la siguiente persona',
      body: (g: string) =>
        `No se tomó a tiempo el lugar que te guardábamos en ${g}, así que se ofreció a la siguiente persona. Puedes volver a la lista de espera desde la página del grupo.`,
    },
    removed: {
      subject: 'Ya no eres miembro de un grupo',
      body: (g: string) =>
        `Quien dirige ${g} te retiró del grupo. Si crees que es un error, puedes escribir en privado a quienes lo dirigen: solo lo leerán ellos.`,
    },
  },
};
