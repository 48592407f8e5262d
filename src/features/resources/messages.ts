import { defineMessages } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';

/** Every word of the resource library's pages, in English and Spanish. */
export const resourceMessages = defineMessages({
  en: {
    title: 'Resource library',
    description: 'Short, plain-language articles about support groups and group therapy.',
    intro:
      'Short articles, in plain language, about support groups, group therapy and what to expect from each.',
    searchLabel: 'Search the articles',
    topicLabel: 'Topic',
    allTopics: 'All topics',
    searchButton: 'Search',
    clear: 'Show all articles',
    count: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
    countFor: (n: number, q: string) =>
      n === 1 ? `1 article matches “${q}”` : `${n} articles match “${q}”`,
    none: 'No article matches that search. Try fewer or different words, or another topic.',
    minutes: (n: number) => `${n} min read`,
    topics: 'Topics',
    general: 'For everyone',
    /** Shown next to an article in another language than the page, keyed by its language. */
    inLanguage: { en: 'in English', es: 'in Spanish' } as Record<Locale, string>,
    reviewed: 'Reviewed',
    back: 'All articles',
    notAdvice:
      'This article is general information, not medical or legal advice. For advice about your own situation, talk to a doctor or a licensed mental health professional. If you are in danger now, get crisis help right away.',
    crisisLink: 'Crisis help',
    otherVersion: 'Read this article in English',
    relatedHeading: 'Groups on these topics',
    relatedNone: 'We have no groups listed on these topics yet.',
    relatedAll: 'See all groups on these topics',
    browseGroups: 'Browse all groups',
    browseIntro: 'Looking for a group? The directory lists support groups and group therapy.',
    kind: { support: 'Support group', therapy: 'Group therapy' },
    mode: { in_person: 'In person', online: 'Online', hybrid: 'In person and online' },
    notFound: 'There is no article at this address. It may have moved or been renamed.',
  },
  es: {
    title: 'Biblioteca de recursos',
    description: 'Artículos breves y claros sobre grupos de apoyo y terapia de grupo.',
    intro:
      'Artículos breves, en lenguaje sencillo, sobre grupos de apoyo, terapia de grupo y qué esperar de cada uno.',
    searchLabel: 'Buscar en los artículos',
    topicLabel: 'Tema',
    allTopics: 'Todos los temas',
    searchButton: 'Buscar',
    clear: 'Ver todos los artículos',
    count: (n: number) => (n === 1 ? '1 artículo' : `${n} artículos`),
    countFor: (n: number, q: string) =>
      n === 1 ? `1 artículo coincide con «${q}»` : `${n} artículos coinciden con «${q}»`,
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
  },
});

export type ResourceText = ReturnType<typeof resourceMessages>;
