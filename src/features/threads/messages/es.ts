import { plural, type Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The threads' words in Spanish (tú). */
export const es: Translation<typeof en> = {
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
    unread: (n) => plural('es', n, { one: `${n} nuevo`, other: `${n} nuevos` }),
    last: 'Último mensaje',
    thread: (who: string) => `Conversación con ${who}`,
    reply: 'Tu respuesta',
    replyHint: 'Se avisa a la persona de que le respondieron; el texto queda aquí.',
    send: 'Enviar la respuesta',
    sent: 'Enviado. Ya se le avisó.',
    all: 'Todos los mensajes',
    someone: 'Alguien que borró su cuenta',
  },
};
