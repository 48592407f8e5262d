import { plural, type Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The notification centre and its e-mails in Spanish. */
export const es: Translation<typeof en> = {
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
      line: (who, g) => `${who} pidió unirse a ${g}.`,
      subject: 'Alguien pidió unirse a un grupo que diriges',
    },
    applied: {
      line: (who, g) => `${who} envió una solicitud a ${g}.`,
      subject: 'Una nueva solicitud a un grupo que diriges',
    },
    request_withdrawn: {
      line: (who, g) => `${who} retiró su solicitud para unirse a ${g}.`,
      subject: 'Se retiró una solicitud a un grupo que diriges',
    },
    offer_declined: {
      line: (who, g) => `${who} dejó pasar el lugar que le guardábamos en ${g}.`,
      subject: 'Se rechazó un lugar ofrecido en un grupo que diriges',
    },
    member_left: {
      line: (who, g) => `${who} dejó ${g}.`,
      subject: 'Un miembro dejó un grupo que diriges',
    },
    listing_reported: {
      line: (_who, g) => `Alguien informó que el anuncio de ${g} podría estar desactualizado.`,
      subject: 'Informaron sobre un anuncio que diriges',
    },
    member_wrote: {
      line: (who, g) => `${who} escribió a quienes dirigen ${g}.`,
      subject: 'Un mensaje nuevo para quienes dirigen un grupo que diriges',
    },
    leaders_replied: {
      line: (_who, g) => `Quienes dirigen ${g} te respondieron.`,
      subject: 'Quienes dirigen un grupo te respondieron',
    },
    board_reply: {
      line: (who: string, g: string) =>
        `${who} respondió en un hilo que sigues en el tablón de ${g}.`,
      subject: 'Una respuesta nueva en un hilo que sigues',
    },
    board_thread: {
      line: (who: string, g: string) => `${who} abrió un hilo nuevo en el tablón de ${g}.`,
      subject: 'Un hilo nuevo en uno de tus grupos',
    },
    board_review: {
      line: (_who: string, g: string) =>
        `Una publicación en el tablón de ${g} espera la revisión de un responsable.`,
      subject: 'Una publicación espera tu revisión',
    },
    board_report_outcome: {
      line: (_who: string, g: string) =>
        `Los responsables de ${g} revisaron una publicación que denunciaste y tomaron la medida que consideraron adecuada. Gracias por cuidar del grupo.`,
      subject: 'Se revisó una publicación que denunciaste',
    },
    board_warned: {
      line: (_who: string, g: string) =>
        `Los responsables de ${g} te enviaron un aviso por una publicación en su tablón. Lee las normas del tablón del grupo.`,
      subject: 'Un aviso sobre una publicación tuya',
    },
    board_muted: {
      line: (_who: string, g: string) =>
        `No puedes publicar en el tablón de ${g} durante un tiempo, tras revisarse una publicación tuya. Puedes seguir leyéndolo.`,
      subject: 'No puedes publicar en un tablón durante un tiempo',
    },
    board_removed: {
      line: (_who: string, g: string) =>
        `Tras problemas repetidos en su tablón, se te retiró de ${g}.`,
      subject: 'Se te retiró de un grupo',
    },
    listing_report_resolved: {
      line: (_who: string, g: string) =>
        `Un administrador resolvió un aviso de que la ficha de ${g} estaba desactualizada.`,
      subject: 'Se resolvió un aviso sobre una ficha que gestionas',
    },
    measure_requested: {
      line: (_who: string, g: string) =>
        `Tus terapeutas de ${g} te piden un cuestionario breve antes de la próxima sesión. Lleva uno o dos minutos.`,
      subject: 'Un cuestionario breve antes de tu próxima sesión',
    },
    safety_alert: {
      line: (who, g) =>
        `${who}, de ${g}, podría necesitar apoyo ahora. Abre el aviso, escríbele en privado y confirma que lo viste.`,
      subject: 'Aviso de seguridad: alguien podría necesitar apoyo',
    },
    safety_alert_unled: {
      line: (who, g) =>
        `${who} podría necesitar apoyo y nadie dirige ${g}. Abre el aviso y confirma que lo viste.`,
      subject: 'Aviso de seguridad: alguien podría necesitar apoyo',
    },
    safety_escalated: {
      line: (who, g) => `Nadie ha confirmado en 10 minutos un aviso urgente sobre ${who}, de ${g}.`,
      subject: 'Aviso de seguridad sin confirmar: actúa, por favor',
    },
    feed_held: {
      line: () =>
        'Una actualización del feed Meeting Guide de tu organización quitaría más publicaciones de las que permite tu límite. No se cambió nada: una persona propietaria o editora puede confirmarla o descartarla.',
      subject: 'Una actualización de feed espera tu confirmación',
    },
    feed_refused: {
      line: () =>
        'Se rechazó el feed Meeting Guide de tu organización y no se cambió nada. Su historial explica por qué.',
      subject: 'Se rechazó una actualización de feed',
    },
    feed_failed: {
      line: () =>
        'Gatherwell no pudo descargar el feed Meeting Guide de tu organización. Lo volverá a intentar; su historial explica qué falló.',
      subject: 'No se pudo descargar un feed',
    },
    org_claim_approved: {
      line: () =>
        'Se aprobó tu solicitud para gestionar una organización en Gatherwell: ahora eres su persona propietaria.',
      subject: 'Se aprobó tu solicitud',
    },
    org_claim_declined: {
      line: () =>
        'Se rechazó tu solicitud para gestionar una organización en Gatherwell. Escríbenos si crees que es un error.',
      subject: 'Se rechazó tu solicitud',
    },
  },
  mail: {
    one: 'Hay algo nuevo para ti en Gatherwell:',
    digestSubject: (n) =>
      plural('es', n, { one: 'Una notificación nueva', other: `${n} notificaciones nuevas` }),
    digest: 'Esto es lo nuevo para ti desde nuestro último correo:',
    action: 'Abrir tus notificaciones',
    footer:
      'Recibes este mensaje porque diriges un grupo de Gatherwell o perteneces a uno. Si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
    settings: 'Elige con qué frecuencia te escribimos (al momento, a diario o nunca)',
  },
};
