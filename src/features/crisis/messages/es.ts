import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The crisis page in Spanish. */
export const es: Translation<typeof en> = {
  title: 'Ayuda en crisis',
  description: 'Ayuda gratuita y confidencial, ahora mismo.',
  heading: 'Ayuda ahora mismo',
  lead: 'Si sientes que podrías actuar según pensamientos de quitarte la vida, o si estás en peligro, busca ayuda ahora. No hace falta que estés segura o seguro de que es una emergencia.',
  emergency: 'Si corres peligro inmediato, llama al',
  or: 'o al',
  call: (display: string) => `Llamar al ${display}`,
  text: (display: string) => `Enviar un mensaje al ${display}`,
  chat: 'Chatear en línea',
  elsewhere: '¿Estás en otro país?',
  otherCountries: 'Líneas de otro país:',
  regionsLabel: 'Países',
};
