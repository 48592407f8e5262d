import { any, gap, type Lexicon, words } from './lexicon.js';
import { THOUGHT_RULES } from './lexicon-es-thoughts.js';
import { URGENT_RULES } from './lexicon-es-urgent.js';
import { compile } from './normalise.js';

/**
 * Spanish crisis language (ADR 29), written against normalised text: no accents ("mañana" reads
 * "manana", "tomé" reads "tome"), texting spelt out ("q" → "que", "xq" → "porque"). Spanish
 * drops its subject pronouns, so patterns name the writer through first-person verb forms
 * ("me mato", "quiero morir") rather than through "yo".
 */

const IDIOMS = [
  '(?:me|te|nos) (?:muero|mato|mori|moria|morire|matan|mata) (?:de|por) \\w+',
  'me muero(?: lol| \\.| ,|$)',
  'morir(?:me)? de (?:la )?(?:risa|verguenza|hambre|sed|frio|calor|aburrimiento|amor|envidia|sueno|miedo|pena|ganas|cansancio|nervios|ternura)',
  'muert[oa]s? de (?:cansancio|risa|hambre|miedo|sueno|frio|calor|verguenza|envidia)',
  'estoy que me muero',
  '(?:me|nos|te) (?:mata|matan|esta matando|estan matando|mataron|mato el|va a matar|van a matar)\\b',
  'el partido nos mato',
  'mataria por',
  'matar el tiempo',
  'me voy a matar (?:estudiando|trabajando|a estudiar|en el gym|de risa)',
  'me quede muert[oa]',
  'va a acabar conmigo',
  'me tire a la piscina',
  '(?:ultimo mensaje|ultima vez) en (?:este|el) (?:\\S+ ){0,6}?(?:porque|ya que|pues)',
  'carta (?:de despedida )?a mi yo',
  'se murio (?:la|el|mi)',
];

export const ES: Lexicon = {
  rules: [...URGENT_RULES, ...THOUGHT_RULES],
  stems: compile(
    '\\b(?:mori\\w*|muer\\w*|matar\\w*|mato|suicid(?:io|as?|arme|ar|arse|o)|pastillas|cort\\w+|vida|vivir|viv[oa]|dano|ahorc\\w*|tir(?:o|arme|ar|e)|adios|cartas?|soga|cuerda|pistola|puente|azotea|despert\\w*|desaparec\\w*|carga|sentido|aguant\\w*|existir|autoles\\w*|lastim\\w*|salida)\\b',
    '',
  ),
  idioms: compile(any(IDIOMS)),
  clauseBreak: compile(' (?:pero|aunque|sin embargo|y ahora|, ahora|, hoy|excepto|salvo) '),
  negators: words('no nunca jamas tampoco ni sin'),
  weakNegators: new Map(),
  negationWindow: 4,
  negationStop: words('y e pero porque que pues entonces o asi'),
  negationCancel: compile('mentiria si dijera'),
  selfWords: words('yo mi mis conmigo'),
  otherWords: words(
    'ella ellos ellas alguien amigo amiga amigos amigas hermano hermana hermanos mama madre ' +
      'papa padre padres hijo hija hijos hijas esposo esposa marido mujer pareja novio novia ' +
      'tio tia primo prima abuelo abuela sobrino sobrina companero companera cliente paciente ' +
      'personaje protagonista cantante autor gente persona personas adolescentes jovenes quien ' +
      'usted ustedes tu',
  ),
  past: compile(
    any([
      '(?<!desde )hace (?:\\d+|unos|muchos|varios|dos|tres|cuatro|cinco|seis|diez) anos',
      'hace anos',
      'cuando (?:era|tenia|yo tenia|estaba en)',
      'a los (?:\\d+|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta)\\b',
      'de (?:joven|adolescente|nin[oa]|chic[oa]|pequen[oa])',
      'antes(?! de\\b| que\\b)',
      'en (?:19|20)\\d\\d',
      'solia',
      'hace tiempo',
      'en el pasado',
      'el ano pasado',
    ]),
  ),
  recovery: compile(
    any([
      'llevo (?:\\S+ ){1,2}(?:anos|meses|semanas|dias) sin',
      '(?:anos|meses|semanas|dias) (?:libre|limpi[oa]|sobri[oa])',
      'hoy estoy bien',
      'ahora estoy (?:bien|estable|mejor)',
      'estoy estable',
      'ya no lo hago',
      'me alegro de haber seguido',
      'soy voluntari[oa]',
      'sobri[oa]',
    ]),
  ),
  relapse: compile(
    any([
      '(?<!(?:bien|feliz|mejor|contenta|contento|gusta|sonrio|rio) )otra vez',
      'de nuevo',
      'volvi',
      'he vuelto',
      'ha vuelto',
      'han vuelto',
      'volvieron',
      'reca\\w+',
      'ultimamente',
    ]),
  ),
  benign: compile(
    any([
      'sin querer',
      'por accidente',
      'picando',
      'cocinando',
      'afeitando\\w*',
      'nada grave',
      'vieja',
      'viejo',
      'caridad',
      'donar',
      'mudanza',
      'ejercicio',
      'nos vemos',
      'se (?:me )?(?:cayo|resbalo)',
      'papel',
      'hasta (?:el|la|luego|pronto|manana)',
    ]),
  ),
  reported: compile(
    `(?:pregunt\\w+ (?:\\w+ )?si .*|(?:tesis|investigacion|estudio|articulo|charla|taller|curso|documental|noticia) (?:sobre|de|acerca de) ${gap(2)})$`,
  ),
  selfQuote: compile(
    '(?:le |les )?(?:dije|digo|escribi|pienso|pense|me digo|me repito) (?:que )?(?:, )?$',
  ),
  ownership: compile('pregunto por mi|alguien mas (?:siente|se siente|piensa|quiere)'),
  laughter: compile('\\blol\\b'),
};
