import { plural, type Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** Every word of the resource library's pages, in Spanish. */
export const es: Translation<typeof en> = {
  title: 'Biblioteca de recursos',
  description: 'Artículos breves y claros sobre grupos de apoyo y terapia de grupo.',
  intro:
    'Artículos breves, en lenguaje sencillo, sobre grupos de apoyo, terapia de grupo y qué esperar de cada uno.',
  searchLabel: 'Buscar en los artículos',
  topicLabel: 'Tema',
  allTopics: 'Todos los temas',
  searchButton: 'Buscar',
  clear: 'Ver todos los artículos',
  count: (n) => plural('es', n, { one: '1 artículo', other: `${n} artículos` }),
  countFor: (n, q) =>
    plural('es', n, {
      one: `1 artículo coincide con «${q}»`,
      other: `${n} artículos coinciden con «${q}»`,
    }),
  none: 'Ningún artículo coincide con esa búsqueda. Prueba con menos palabras, con otras o con otro tema.',
  minutes: (n: number) => `${n} min de lectura`,
  topics: 'Temas',
  general: 'Para todos',
  inLanguage: { en: 'en inglés', es: 'en español' },
  reviewed: 'Revisado',
  back: 'Todos los artículos',
  notAdvice:
    'Este artículo es información general, no consejo médico ni legal. Para recibir orientación sobre tu situación, habla con un médico o con un profesional de salud mental con licencia. Si estás en peligro ahora, busca ayuda de crisis de inmediato.',
  crisisLink: 'Ayuda en crisis',
  otherVersion: 'Leer este artículo en español',
  relatedHeading: 'Grupos sobre estos temas',
  relatedNone: 'Todavía no hay grupos publicados sobre estos temas.',
  relatedAll: 'Ver todos los grupos sobre estos temas',
  browseGroups: 'Ver todos los grupos',
  browseIntro: '¿Buscas un grupo? El directorio reúne grupos de apoyo y terapia de grupo.',
  kind: { support: 'Grupo de apoyo', therapy: 'Terapia de grupo' },
  mode: { in_person: 'En persona', online: 'En línea', hybrid: 'En persona y en línea' },
  notFound:
    'No hay ningún artículo en esta dirección. Puede que se haya movido o cambiado de nombre.',
};
