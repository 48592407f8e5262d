import { defineMessages } from '../../i18n/catalogue.js';

/** The words of RSVPs, My Gatherwell, the calendar feed and unsubscribing, in English and Spanish. */
export const attendingText = defineMessages({
  en: {
    rsvp: {
      legend: (when: string) => `Are you going on ${when}?`,
      going: 'Going',
      notGoing: 'Not going',
      youreGoing: 'You said you are going.',
      youreNotGoing: 'You said you are not going.',
      savedGoing: 'Thank you: the leaders will know you plan to come.',
      savedNotGoing:
        'Thank you for letting the leaders know. You will get no reminder for that meeting.',
      notAMeeting:
        'That meeting is not coming up in this group. It may have been cancelled or moved.',
      notMember: 'Only members of this group can say whether they are going.',
      badAnswer: 'Choose "Going" or "Not going".',
      notFound: 'We could not find that group.',
    },
    my: {
      title: 'My Gatherwell',
      groups: 'My groups',
      noGroups: 'You have not joined a group yet.',
      findGroups: 'Find a group',
      status: {
        member: 'Member',
        requested: 'Request sent: waiting for a leader',
        applied: 'Application sent',
        screening: 'Application being reviewed',
        waitlisted: 'On the waiting list',
        offered: 'A seat is offered to you',
        declined: 'Not accepted this time',
      },
      offerUntil: (when: string) => `Accept it on the group page before ${when}.`,
      offerNoDate: 'Accept it on the group page.',
      declineNote: 'The leaders wrote:',
      suggested: 'They suggest these groups:',
      lead: 'Groups I lead',
      leadTools: 'Open the leader tools',
      agreement: (group: string) =>
        `${group} has a new group agreement. Read and accept it on the group page.`,
      meetings: 'My next meetings',
      meetingsLead: 'The next 14 days, in your time zone',
      timesIn: (zone: string) => `Times are in ${zone}.`,
      setZone: 'Change your time zone',
      noMeetings: 'No meetings in the next 14 days.',
      leading: 'You lead this group',
    },
    feed: {
      heading: 'My calendar link',
      lead: 'A private link with all the meetings of your groups, for a calendar app (Google Calendar, Apple Calendar, Outlook). It shows group names and times, nothing else.',
      none: 'You have no calendar link yet.',
      exists:
        'You have a calendar link. For your privacy it is shown only once, when it is made: if you lost it, make a new one.',
      create: 'Create my calendar link',
      reset: 'Reset my calendar link',
      resetHint: 'Resetting stops the old link at once.',
      yourLink: 'Your calendar link (copy it now: it will not be shown again):',
      keepSecret: 'Anyone with this link can see which groups you belong to. Keep it to yourself.',
      calendarName: 'My Gatherwell meetings',
    },
    unsubscribe: {
      title: 'Stop these e-mails',
      confirm: (what: string) => `Stop sending me ${what}?`,
      button: 'Stop these e-mails',
      done: (what: string) => `Done: we will not send you ${what} any more.`,
      change: 'You can turn them back on, and choose other e-mails, on your account page.',
      account: 'My account',
      bad: 'This unsubscribe link is not valid. You can choose your e-mails on your account page.',
      kinds: {
        reminder24h: 'reminders a day before meetings',
        reminder1h: 'reminders an hour before meetings',
        groupNotices: 'notices about your groups (changed or cancelled meetings, decisions)',
      },
    },
    mail: {
      subject: (_group: string, when: string) => `Reminder: your group meets ${when}`,
      body: (group: string, when: string) => `A reminder that ${group} meets ${when}.`,
      zone: (zone: string) => `The time is shown in ${zone}.`,
      online: 'Join online:',
      onlinePrivate: 'This link is for members: please do not share it.',
      page: 'The group page',
      cannotCome: 'If you cannot come, you can say so on the group page.',
      why: {
        reminder24h:
          'You received this because you are a member of this group and asked for reminders a day before meetings.',
        reminder1h:
          'You received this because you are a member of this group and asked for reminders an hour before meetings.',
      },
      stop: 'Stop these reminders',
      choose: 'Choose your e-mails',
      footer:
        'Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
    },
  },
  es: {
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
  },
});

export type AttendingText = ReturnType<typeof attendingText>;
