import { defineMessages } from '../i18n/catalogue.js';

/**
 * The shell's words: header, navigation, footer, language switcher and error pages. Spanish is
 * neutral Latin American with tuteo, like the guide and the comparison.
 */
export const shellText = defineMessages({
  en: {
    brand: 'Gatherwell',
    skipLink: 'Skip to main content',
    crisisLabel: 'Crisis help',
    callNow: 'Call now',
    mainNav: 'Main',
    nav: {
      home: 'Home',
      groups: 'Find a group',
      guide: 'Guide',
      compare: 'Compare',
      resources: 'Resources',
      crisis: 'Crisis help',
    },
    language: 'Language',
    badLanguage: 'Choose a language from the list: English or Español.',
    footer: {
      about:
        'Gatherwell lists peer support groups and group therapy. It does not give medical advice. If you are in danger, call your local emergency number.',
      crisis: 'Crisis help',
    },
    errors: {
      titles: {
        400: 'That request did not make sense',
        403: 'You do not have access to this page',
        404: 'We could not find that page',
        405: 'That action is not allowed here',
        413: 'That was too large to send',
        429: 'Too many requests',
        500: 'Something went wrong on our side',
        503: 'Gatherwell is busy for a moment',
      } as Record<number, string>,
      notFound: 'The address may be mistyped, or the page may have moved.',
      crashed: 'The error has been logged. Please try again in a moment.',
      unavailable:
        'We could not reach our records just now, so this could not be done. Please try again in a minute.',
      tooMany: (minutes: number) =>
        `That was done too many times in a short while. Please try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
      failed: 'Request failed',
      home: 'Go to the home page',
      talkNow: 'If you need to talk to someone now,',
      crisisLink: 'crisis help',
      alwaysThere: 'is always available.',
      reference: 'Reference:',
    },
  },
  es: {
    brand: 'Gatherwell',
    skipLink: 'Saltar al contenido principal',
    crisisLabel: 'Ayuda en crisis',
    callNow: 'Llamar ahora',
    mainNav: 'Principal',
    nav: {
      home: 'Inicio',
      groups: 'Buscar un grupo',
      guide: 'Guía',
      compare: 'Comparar',
      resources: 'Recursos',
      crisis: 'Ayuda en crisis',
    },
    language: 'Idioma',
    badLanguage: 'Elige un idioma de la lista: English o Español.',
    footer: {
      about:
        'Gatherwell reúne grupos de apoyo entre pares y terapia de grupo. No da consejo médico. Si estás en peligro, llama al número de emergencias de tu zona.',
      crisis: 'Ayuda en crisis',
    },
    errors: {
      titles: {
        400: 'No pudimos entender esa solicitud',
        403: 'No tienes acceso a esta página',
        404: 'No encontramos esa página',
        405: 'Esa acción no está permitida aquí',
        413: 'Lo que enviaste es demasiado grande',
        429: 'Demasiadas solicitudes',
        500: 'Algo falló de nuestro lado',
        503: 'Gatherwell está ocupado en este momento',
      },
      notFound: 'Puede que la dirección tenga un error o que la página se haya movido.',
      crashed: 'Registramos el error. Vuelve a intentarlo en un momento.',
      unavailable:
        'No pudimos acceder a nuestros datos en este momento, así que no se pudo completar. Vuelve a intentarlo en un minuto.',
      tooMany: (minutes: number) =>
        `Se hizo demasiadas veces en poco tiempo. Vuelve a intentarlo en ${minutes === 1 ? 'un minuto' : `${minutes} minutos`}.`,
      failed: 'La solicitud falló',
      home: 'Ir a la página de inicio',
      talkNow: 'Si necesitas hablar con alguien ahora,',
      crisisLink: 'la ayuda en crisis',
      alwaysThere: 'está siempre disponible.',
      reference: 'Referencia:',
    },
  },
});
export type ShellText = ReturnType<typeof shellText>;
