import { defineMessages } from '../../i18n/catalogue.js';

/** The crisis page's words; the lines themselves (names, numbers) live in crisis-lines.ts. */
export const crisisText = defineMessages({
  en: {
    title: 'Crisis help',
    description: 'Free, confidential help, right now.',
    heading: 'Help right now',
    lead: 'If you might act on thoughts of ending your life, or you are in danger, reach out now. You do not need to be sure it is an emergency.',
    emergency: 'In immediate danger: call',
    or: 'or',
    call: (display: string) => `Call ${display}`,
    text: (display: string) => `Text ${display}`,
    chat: 'Chat online',
    elsewhere: 'Somewhere else?',
    otherCountries: 'Lines for another country:',
    regionsLabel: 'Countries',
  },
  es: {
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
  },
});
