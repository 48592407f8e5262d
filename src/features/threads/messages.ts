import { defineMessages } from '../../i18n/catalogue.js';

/** The words of private threads between a person and a group's leaders. */
export const threadText = defineMessages({
  en: {
    title: (g: string) => `Write to the leaders of ${g}`,
    lead: 'Only this group’s leaders see what you write here: not other members, not Gatherwell’s staff. Leaders answer when they can; this is not for emergencies.',
    crisis:
      'If you are in danger or thinking of harming yourself, call your local emergency number or, in the US, call or text 988 now.',
    none: 'Nothing written yet.',
    you: 'You',
    aLeader: 'A leader',
    leaderSuffix: '(leader)',
    message: 'Your message',
    messageHint: 'Up to 4,000 characters.',
    send: 'Send to the leaders',
    sent: 'Sent. The leaders have been told.',
    back: 'Back to the group',
    errors: {
      summary: 'Please fix this:',
      empty: 'Write a message before sending.',
      long: 'Keep the message to 4,000 characters or fewer.',
      notFound: 'We could not find that group.',
      notAllowed: 'You can write to a group’s leaders once you have joined it or asked to join it.',
    },
    lead_: {
      title: (g: string) => `Messages to the leaders of ${g}`,
      intro:
        'People in this group, or who asked to join it, wrote privately to its leaders. Every leader of the group sees these threads; nobody else does.',
      none: 'No one has written yet.',
      unread: (n: number) => (n === 1 ? '1 new' : `${n} new`),
      last: 'Last message',
      thread: (who: string) => `Thread with ${who}`,
      reply: 'Your answer',
      replyHint: 'The person is told that the leaders answered; the words stay here.',
      send: 'Send the answer',
      sent: 'Sent. They have been told.',
      all: 'All messages',
      someone: 'Someone who deleted their account',
    },
  },
  es: {
    title: (g: string) => `Escribir a quienes dirigen ${g}`,
    lead: 'Solo quienes dirigen este grupo ven lo que escribes aquí: ni los demás miembros ni el personal de Gatherwell. Responden cuando pueden; no es para emergencias.',
    crisis:
      'Si estás en peligro o piensas en hacerte daño, llama ahora al número de emergencias local o, en EE. UU., llama o envía un mensaje de texto al 988.',
    none: 'Aún no hay nada escrito.',
    you: 'Tú',
    aLeader: 'Una persona que dirige el grupo',
    leaderSuffix: '(dirige el grupo)',
    message: 'Tu mensaje',
    messageHint: 'Hasta 4000 caracteres.',
    send: 'Enviar a quienes dirigen',
    sent: 'Enviado. Ya se avisó a quienes dirigen el grupo.',
    back: 'Volver al grupo',
    errors: {
      summary: 'Corrige esto:',
      empty: 'Escribe un mensaje antes de enviarlo.',
      long: 'El mensaje debe tener 4000 caracteres o menos.',
      notFound: 'No encontramos ese grupo.',
      notAllowed:
        'Puedes escribir a quienes dirigen un grupo cuando te hayas unido o hayas pedido unirte.',
    },
    lead_: {
      title: (g: string) => `Mensajes para quienes dirigen ${g}`,
      intro:
        'Personas de este grupo, o que pidieron unirse, escribieron en privado a quienes lo dirigen. Todas las personas que dirigen el grupo ven estas conversaciones; nadie más.',
      none: 'Nadie ha escrito todavía.',
      unread: (n: number) => (n === 1 ? '1 nuevo' : `${n} nuevos`),
      last: 'Último mensaje',
      thread: (who: string) => `Conversación con ${who}`,
      reply: 'Tu respuesta',
      replyHint: 'Se avisa a la persona de que le respondieron; el texto queda aquí.',
      send: 'Enviar la respuesta',
      sent: 'Enviado. Ya se le avisó.',
      all: 'Todos los mensajes',
      someone: 'Alguien que borró su cuenta',
    },
  },
});

export type ThreadText = ReturnType<typeof threadText>;
