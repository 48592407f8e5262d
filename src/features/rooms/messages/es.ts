import type { en } from './en.js';

/** Las palabras de las salas de grupo, en español. */
export const es: typeof en = {
  title: (g) => `${g}: la sala del grupo`,
  waitingTitle: (g) => `${g}: sala de espera`,
  back: 'Volver al grupo',
  link: {
    go: 'Ir a la sala del grupo',
    hint: 'Donde el grupo se reúne por escrito. Abre 15 minutos antes de cada reunión.',
  },
  rule: {
    heading: 'Antes de entrar',
    deleted:
      'Lo que se dice aquí se queda aquí: los mensajes se borran cuando la sala se cierra después de la reunión.',
    kept: (days) =>
      `Este grupo guarda los mensajes de la sala para sus miembros durante ${days === 1 ? '1 día' : `${days} días`} después de la reunión; luego se borran.`,
    names: 'Los demás ven solo tu nombre visible, nunca tu correo electrónico.',
    reported:
      'Si alguien reporta un mensaje, se guarda tal como se escribió, solo para el equipo de moderación de Gatherwell.',
    safety:
      'Si escribes que podrías estar en peligro, se avisa a quienes dirigen el grupo para que se pongan en contacto contigo.',
  },
  closed: {
    heading: 'La sala está cerrada',
    next: (when) => `Se abre 15 minutos antes de la próxima reunión: ${when}.`,
    none: 'No hay ninguna reunión próxima. Quienes dirigen el grupo pueden abrir la sala en otros momentos.',
    ended: 'La reunión terminó. Gracias por venir.',
    kept: (until) => `Mensajes de la última reunión, guardados para los miembros hasta ${until}`,
  },
  door: {
    enter: 'Entrar',
    wait: 'Ir a la sala de espera',
    agree: 'Acepto el acuerdo de este grupo',
    agreeError: 'Acepta el acuerdo del grupo para esperar a la persona facilitadora.',
    locked:
      'La persona facilitadora cerró la sala por ahora. Vuelve a intentarlo en unos minutos o escribe a quienes dirigen el grupo.',
    removed:
      'Una persona facilitadora te pidió salir de esta reunión. Puedes escribir a quienes dirigen el grupo si quieres hablarlo.',
    leadOpen: 'Abrir la sala ahora',
    openedByHand:
      'La sala está abierta hasta que la cierren quienes dirigen el grupo, o durante 3 horas.',
  },
  waiting: {
    intro:
      'Estás en la sala de espera. Una persona facilitadora te dejará entrar pronto; mientras tanto puedes escribirle aquí. Solo las personas facilitadoras ven estos mensajes.',
    admittedSoon: 'Deja esta página abierta. Cambia sola cuando te dejen entrar.',
    noScript: 'Sin JavaScript, usa «Actualizar» para ver si ya te dejaron entrar.',
  },
  log: {
    heading: 'Mensajes',
    none: 'Todavía no hay mensajes. Saluda cuando quieras, o simplemente escucha.',
    you: 'Tú',
    leader: 'persona facilitadora',
    held: 'Retenido para las personas facilitadoras: solo tú y ellas lo ven. Ya se avisó a quien dirige el grupo y se pondrá en contacto contigo.',
    heldLeader:
      'Retenido: este mensaje puede indicar que alguien está en peligro. Habla con esa persona y luego libéralo si conviene que el grupo lo vea.',
    alert: (name, level) =>
      level === 'urgent'
        ? `Seguridad: ${name} podría estar en peligro inmediato. Habla con esa persona en privado ahora.`
        : `Seguridad: ${name} podría estar pasándolo mal. Habla con esa persona en privado.`,
    openAlert: 'Abrir la alerta',
    pinned: 'Fijado',
    waitingFrom: (name) => `Sala de espera, ${name}`,
  },
  form: {
    label: 'Tu mensaje',
    hint: 'Hasta 1.000 caracteres. Texto sin formato.',
    send: 'Enviar',
    sending: 'Enviando…',
    muted: 'Una persona facilitadora te silenció por ahora: puedes leer, pero no escribir.',
    paused: 'La persona facilitadora pausó el chat un momento.',
    refresh: 'Actualizar',
    waitingLabel: 'Mensaje para las personas facilitadoras',
  },
  state: {
    heading: 'En la sala',
    count: (n) => (n === 1 ? '1 persona aquí' : `${n} personas aquí`),
    sharing: 'Comparte ahora',
    next: 'Después',
    nobody: 'Nadie está compartiendo ahora.',
    locked: 'La sala está cerrada con llave: no puede entrar nadie más.',
    paused: 'El chat está en pausa.',
    hand: 'Levantar la mano',
    lowerHand: 'Bajar la mano',
    handUp: 'Tienes la mano levantada. La persona facilitadora te añadirá al turno de palabra.',
    mutedYou: 'Estás en silencio.',
    video: 'Video de esta reunión',
    videoLink: 'Unirse a la videollamada',
  },
  controls: {
    heading: 'Facilitación',
    waiting: 'Sala de espera',
    noneWaiting: 'No hay nadie esperando.',
    people: 'Personas',
    hand: 'mano levantada',
    muted: 'en silencio',
    away: 'ausente',
    removed: 'retirada',
    control: {
      admit: 'Dejar entrar',
      mute: 'Silenciar',
      unmute: 'Quitar el silencio',
      remove: 'Retirar de esta reunión',
      lock: 'Cerrar la sala con llave',
      unlock: 'Abrir la sala',
      pause: 'Pausar el chat',
      resume: 'Reanudar el chat',
      queue_add: 'Añadir al turno de palabra',
      queue_up: 'Subir',
      queue_drop: 'Quitar del turno',
      next: 'Comparte la siguiente persona',
      done: 'Terminó de compartir',
      pin: 'Fijar',
      unpin: 'Soltar',
      release: 'Mostrar al grupo',
      end: 'Terminar la reunión',
    },
    reply: (name) => `Responder a ${name}`,
    removeConfirm: 'Saldrá de esta reunión enseguida y no podrá volver a ella.',
    settings: 'Ajustes de la sala',
    keepDays: 'Guardar los mensajes para los miembros después de la reunión (días)',
    keepHint: '0 los borra al cerrar la sala. Como máximo 7.',
    save: 'Guardar',
    saved: 'Guardado.',
  },
  actions: {
    worried: 'Me preocupa esta persona',
    report: 'Reportar',
    reportReason: '¿Por qué reportas este mensaje?',
    reasons: {
      harassment: 'Acoso o abuso',
      crisis: 'Alguien podría estar en peligro',
      spam: 'Spam o publicidad',
      other: 'Otra cosa',
    },
    reported:
      'Gracias. El mensaje se guardó para el equipo de moderación; no se le dice a quien lo escribió quién lo reportó.',
  },
  reports: {
    title: 'Mensajes denunciados en las salas',
    lead: 'Mensajes que alguien denunció en las salas de los grupos, guardados tal como se escribieron solo para la moderación. Primero los abiertos, los más recientes primero.',
    empty: 'No hay mensajes denunciados.',
    group: 'Grupo',
    reason: 'Motivo',
    wrote: (name) => `${name} escribió`,
    reportedAt: (when) => `Denunciado el ${when}`,
    resolve: 'Marcar como atendido',
    resolved: (when) => `Atendido el ${when}`,
    done: 'Marcado como atendido.',
  },
  errors: {
    summary: 'Corrige esto:',
    empty: 'Escribe un mensaje antes de enviarlo.',
    tooLong: 'El mensaje puede tener como máximo 1.000 caracteres.',
    notFound: 'No encontramos la sala de ese grupo.',
    notAllowed: 'Solo los miembros y quienes dirigen este grupo pueden entrar en su sala.',
    closed: 'La sala está cerrada.',
    notYou: 'Solo las personas facilitadoras pueden hacer eso.',
    noSuch: 'Esa persona o ese mensaje ya no está en esta reunión.',
    tooFast: (s) => `Estás enviando mensajes muy rápido. Espera ${s} segundos, por favor.`,
    badKeep: 'Elige un número entero de días entre 0 y 7.',
  },
};
