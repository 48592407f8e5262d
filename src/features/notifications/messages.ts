import { defineMessages } from '../../i18n/catalogue.js';

/**
 * The words of the notification centre and its e-mails. Each kind has the line shown in the
 * centre (which may name the group: only its recipient sees it) and an e-mail subject that
 * never does (a mailbox preview can be seen by others).
 */
type Line = (who: string, group: string) => string;

export const notificationText = defineMessages({
  en: {
    title: 'Notifications',
    intro: 'What happened in your groups and the groups you lead. Newest first.',
    none: 'Nothing new. When someone asks to join a group you lead, writes to its leaders, leaves or reports it, or when leaders answer you, it shows here.',
    unread: 'New',
    open: 'Open',
    readAll: 'Mark all as read',
    someone: 'Someone',
    aGroup: 'a group',
    unreadWord: 'unread',
    settings: 'Choose how we e-mail you about these',
    notFound: 'This notification is not there.',
    kinds: {
      join_requested: {
        line: ((who, g) => `${who} asked to join ${g}.`) as Line,
        subject: 'Someone asked to join a group you lead',
      },
      applied: {
        line: ((who, g) => `${who} applied to ${g}.`) as Line,
        subject: 'A new application to a group you lead',
      },
      request_withdrawn: {
        line: ((who, g) => `${who} withdrew their request to join ${g}.`) as Line,
        subject: 'A request to a group you lead was withdrawn',
      },
      offer_declined: {
        line: ((who, g) => `${who} let the seat held for them in ${g} go.`) as Line,
        subject: 'A seat offer in a group you lead was declined',
      },
      member_left: {
        line: ((who, g) => `${who} left ${g}.`) as Line,
        subject: 'A member left a group you lead',
      },
      listing_reported: {
        line: ((_who, g) =>
          `Someone reported that the listing of ${g} may be out of date.`) as Line,
        subject: 'A listing you lead was reported',
      },
      member_wrote: {
        line: ((who, g) => `${who} wrote to the leaders of ${g}.`) as Line,
        subject: 'A new message for the leaders of a group you lead',
      },
      leaders_replied: {
        line: ((_who, g) => `The leaders of ${g} answered you.`) as Line,
        subject: 'The leaders of a group answered you',
      },
    },
    mail: {
      one: 'There is something new for you on Gatherwell:',
      digestSubject: (n: number) => (n === 1 ? 'One new notification' : `${n} new notifications`),
      digest: 'Here is what is new for you since our last e-mail:',
      action: 'Open your notifications',
      footer:
        'You received this because you lead or belong to a group on Gatherwell. If you are in danger, call your local emergency number (in the US, call or text 988).',
      settings: 'Choose how often we e-mail you (now, daily, or never)',
    },
  },
  es: {
    title: 'Notificaciones',
    intro: 'Lo que pasó en tus grupos y en los grupos que diriges. Lo más reciente primero.',
    none: 'Nada nuevo. Cuando alguien pida unirse a un grupo que diriges, escriba a quienes lo dirigen, se vaya o informe de él, o cuando te respondan, aparecerá aquí.',
    unread: 'Nuevo',
    open: 'Abrir',
    readAll: 'Marcar todo como leído',
    someone: 'Alguien',
    aGroup: 'un grupo',
    unreadWord: 'sin leer',
    settings: 'Elige cómo te avisamos por correo',
    notFound: 'Esta notificación no está.',
    kinds: {
      join_requested: {
        line: ((who, g) => `${who} pidió unirse a ${g}.`) as Line,
        subject: 'Alguien pidió unirse a un grupo que diriges',
      },
      applied: {
        line: ((who, g) => `${who} envió una solicitud a ${g}.`) as Line,
        subject: 'Una nueva solicitud a un grupo que diriges',
      },
      request_withdrawn: {
        line: ((who, g) => `${who} retiró su solicitud para unirse a ${g}.`) as Line,
        subject: 'Se retiró una solicitud a un grupo que diriges',
      },
      offer_declined: {
        line: ((who, g) => `${who} dejó pasar el lugar que le guardábamos en ${g}.`) as Line,
        subject: 'Se rechazó un lugar ofrecido en un grupo que diriges',
      },
      member_left: {
        line: ((who, g) => `${who} dejó ${g}.`) as Line,
        subject: 'Un miembro dejó un grupo que diriges',
      },
      listing_reported: {
        line: ((_who, g) =>
          `Alguien informó que el anuncio de ${g} podría estar desactualizado.`) as Line,
        subject: 'Informaron sobre un anuncio que diriges',
      },
      member_wrote: {
        line: ((who, g) => `${who} escribió a quienes dirigen ${g}.`) as Line,
        subject: 'Un mensaje nuevo para quienes dirigen un grupo que diriges',
      },
      leaders_replied: {
        line: ((_who, g) => `Quienes dirigen ${g} te respondieron.`) as Line,
        subject: 'Quienes dirigen un grupo te respondieron',
      },
    },
    mail: {
      one: 'Hay algo nuevo para ti en Gatherwell:',
      digestSubject: (n: number) =>
        n === 1 ? 'Una notificación nueva' : `${n} notificaciones nuevas`,
      digest: 'Esto es lo nuevo para ti desde nuestro último correo:',
      action: 'Abrir tus notificaciones',
      footer:
        'Recibes este mensaje porque diriges un grupo de Gatherwell o perteneces a uno. Si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
      settings: 'Elige con qué frecuencia te escribimos (al momento, a diario o nunca)',
    },
  },
});

export type NotificationText = ReturnType<typeof notificationText>;
