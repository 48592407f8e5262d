import { plural, type Translation } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The shell in Spanish: neutral Latin American with tuteo, like the guide and the comparison. */
export const es: Translation<typeof en> = {
  brand: 'Gatherwell',
  skipLink: 'Saltar al contenido principal',
  crisisLabel: 'Ayuda en crisis',
  call: 'Llama al',
  mainNav: 'Principal',
  menu: 'Menú',
  menuNav: 'Menú del sitio',
  find: 'Buscar',
  unread: (n: number) =>
    plural('es', n, { one: '1 aviso sin leer', other: `${n} avisos sin leer` }),
  nav: {
    home: 'Inicio',
    groups: 'Buscar un grupo',
    therapists: 'Buscar terapeuta',
    organisations: 'Organizaciones',
    guide: 'Guía',
    compare: 'Comparar',
    resources: 'Recursos',
    crisis: 'Ayuda en crisis',
  },
  language: 'Idioma',
  languageName: 'Español',
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
    tooMany: (minutes) =>
      `Se hizo demasiadas veces en poco tiempo. Vuelve a intentarlo en ${plural('es', minutes, { one: 'un minuto', other: `${minutes} minutos` })}.`,
    failed: 'La solicitud falló',
    home: 'Ir a la página de inicio',
    talkNow: 'Si necesitas hablar con alguien ahora,',
    crisisLink: 'la ayuda en crisis',
    alwaysThere: 'está siempre disponible.',
    reference: 'Referencia:',
  },
};
