import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** RSVPs, My Gatherwell, the calendar feed and unsubscribing, in Spanish. */
export const es: Translation<typeof en> = {
  rsvp: {
    legend: (when: string) => `¿Vas a ir el ${when}?`,
    going: 'Voy',
    notGoing: 'No voy',
    youreGoing: 'Dijiste que vas.',
    youreNotGoing: 'Dijiste que no vas.',
    savedGoing: 'Gracias: quienes dirigen el grupo sabrán que piensas venir.',
    savedNotGoing:
      'Gracias por avisar a quienes dirigen el grupo. No recibirás recordatorio de esa reunión.',
    notAMeeting:
      'Esa reunión no está prevista en este grupo. Puede que se haya cancelado o cambiado de hora.',
    notMember: 'Solo los miembros de este grupo pueden decir si van a ir.',
    badAnswer: 'Elige «Voy» o «No voy».',
    notFound: 'No encontramos ese grupo.',
  },
  my: {
    title: 'Mi Gatherwell',
    groups: 'Mis grupos',
    noGroups: 'Todavía no te uniste a ningún grupo.',
    findGroups: 'Buscar un grupo',
    status: {
      member: 'Miembro',
      requested: 'Solicitud enviada: esperando respuesta',
      applied: 'Solicitud de ingreso enviada',
      screening: 'Tu solicitud se está revisando',
      waitlisted: 'En lista de espera',
      offered: 'Te ofrecen un lugar',
      declined: 'No te aceptaron esta vez',
    },
    offerUntil: (when: string) => `Acéptalo en la página del grupo antes del ${when}.`,
    offerNoDate: 'Acéptalo en la página del grupo.',
    declineNote: 'Quienes dirigen el grupo escribieron:',
    suggested: 'Te sugieren estos grupos:',
    lead: 'Grupos que diriges',
    leadTools: 'Abrir las herramientas para dirigir',
    agreement: (group: string) =>
      `${group} tiene un nuevo acuerdo de grupo. Léelo y acéptalo en la página del grupo.`,
    meetings: 'Mis próximas reuniones',
    meetingsLead: 'Los próximos 14 días, en tu zona horaria',
    timesIn: (zone: string) => `Horarios en ${zone}.`,
    setZone: 'Cambiar tu zona horaria',
    noMeetings: 'No tienes reuniones en los próximos 14 días.',
    leading: 'Diriges este grupo',
  },
  feed: {
    heading: 'Mi enlace de calendario',
    lead: 'Un enlace privado con todas las reuniones de tus grupos, para una aplicación de calendario (Google Calendar, Calendario de Apple, Outlook). Muestra los nombres de los grupos y los horarios, nada más.',
    none: 'Todavía no tienes un enlace de calendario.',
    exists:
      'Tienes un enlace de calendario. Por tu privacidad solo se muestra una vez, al crearlo: si lo perdiste, crea uno nuevo.',
    create: 'Crear mi enlace de calendario',
    reset: 'Cambiar mi enlace de calendario',
    resetHint: 'Al cambiarlo, el enlace anterior deja de funcionar enseguida.',
    yourLink: 'Tu enlace de calendario (cópialo ahora: no se volverá a mostrar):',
    keepSecret:
      'Cualquiera que tenga este enlace puede ver a qué grupos perteneces. No lo compartas.',
    calendarName: 'Mis reuniones de Gatherwell',
  },
  unsubscribe: {
    title: 'Dejar de recibir estos correos',
    confirm: (what: string) => `¿Dejamos de enviarte ${what}?`,
    button: 'Dejar de recibirlos',
    done: (what: string) => `Listo: ya no te enviaremos ${what}.`,
    change: 'Puedes volver a activarlos, y elegir otros correos, en la página de tu cuenta.',
    account: 'Mi cuenta',
    bad: 'Este enlace para darte de baja no es válido. Puedes elegir tus correos en la página de tu cuenta.',
    kinds: {
      reminder24h: 'recordatorios un día antes de las reuniones',
      reminder1h: 'recordatorios una hora antes de las reuniones',
      groupNotices: 'avisos de tus grupos (reuniones cambiadas o canceladas, decisiones)',
    },
  },
  mail: {
    subject: (_group: string, when: string) => `Recordatorio: tu grupo se reúne el ${when}`,
    body: (group: string, when: string) => `Te recordamos que ${group} se reúne el ${when}.`,
    zone: (zone: string) => `La hora se muestra en ${zone}.`,
    online: 'Únete en línea:',
    onlinePrivate: 'Este enlace es para miembros: no lo compartas.',
    page: 'La página del grupo',
    cannotCome: 'Si no puedes ir, puedes decirlo en la página del grupo.',
    why: {
      reminder24h:
        'Recibes este mensaje porque eres miembro de este grupo y pediste recordatorios un día antes de las reuniones.',
      reminder1h:
        'Recibes este mensaje porque eres miembro de este grupo y pediste recordatorios una hora antes de las reuniones.',
    },
    stop: 'Dejar de recibir estos recordatorios',
    choose: 'Elegir tus correos',
    footer:
      'Gatherwell no da consejo médico; si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
  },
};
