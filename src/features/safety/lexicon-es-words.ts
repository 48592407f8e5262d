import { any, gap } from './lexicon.js';

/**
 * The parts Spanish patterns are built from (ADR 29): ways of dying, medicines, times, places,
 * wanting and being dead. Written in plain spelling against normalised text (normalise.ts).
 */

/** Ending one's own life, as infinitives with the writer's pronoun ("matarme"). */
export const END_SELF = any([
  'matarme',
  'suicidarme',
  'quitarme la vida',
  'acabar con mi vida',
  'terminar con mi vida',
  'ahorcarme',
  'colgarme',
  '(?:tirarme|aventarme|lanzarme|arrojarme) (?:del|de la|de un|por|al|a la|a las|desde|bajo|frente)',
  'envenenarme',
  '(?:pegarme|darme) un tiro',
  'cortarme las venas',
  'irme de este mundo',
  'tomarme una sobredosis',
]);

/** The same in the present, which Spanish uses for a decided future ("esta noche me mato"). */
export const ENDS_SELF = any([
  'me mato',
  'me suicido',
  'me quito la vida',
  '(?:acabo|termino) con (?:todo|mi vida|esto)',
  'lo termino',
  'me (?:tiro|aviento|lanzo|arrojo) (?:del|de la|de un|por|al|a la|a las|desde)',
  'me ahorco',
  'me cuelgo',
  'me pego un tiro',
  '(?:me lo|me las|me los) tomo tod[oa]s?',
  'me tomo (?:tod[oa]s?|el resto|la caja|el frasco|el bote)(?! el (?:dia|tiempo|cafe|vaso)| con calma)',
]);

/** "me voy a matar": the future with the pronoun before the verb. */
/** Verbs of ending one's life without their pronoun, for clitic climbing. */
export const ROOTS = any([
  'matar(?! a )',
  'suicidar',
  'quitar la vida',
  'tirar (?:del|de la|de un|por|al|a la|a las|desde)',
  'aventar',
  'lanzar (?:del|de la|por|al|desde)',
  'ahorcar',
  'colgar(?! (?:el|la|los|las|un|una) )',
  'envenenar',
  'cortar las venas',
  '(?:pegar|dar) un tiro',
  'disparar',
  'tomar (?:todo|todas|el frasco|la caja|el bote)',
  'ir de este mundo',
  'tomar una sobredosis',
]);

/** Clitic climbing: "me quiero matar", "me voy a tirar", "me dan ganas de cortar". */
export const GOING_TO = `me ${gap(3)}${ROOTS}`;

export const SUBSTANCE = any([
  'pastillas',
  'pildoras',
  'medicamentos',
  'medicinas',
  'paracetamol',
  'ibuprofeno',
  'clonazepam',
  'insulina',
  'morfina',
  'somniferos',
  'veneno',
  'anticongelante',
  'raticida',
  'quetiapina',
  'sertralina',
  'fluoxetina',
  'diazepam',
  'lorazepam',
  'alprazolam',
  'tramadol',
  'lejia',
  'cloro',
]);

export const LETHAL = any([
  SUBSTANCE,
  'cuerda',
  'soga',
  'pistola',
  'arma',
  'escopeta',
  'rifle',
  'cuchillo',
  'navaja',
  'cuchilla',
  'hoja de afeitar',
]);

export const TIME = any([
  'esta noche',
  'hoy',
  'manana',
  'este fin de semana',
  'el fin de semana',
  'al amanecer',
  'a las \\d+',
  'a medianoche',
  '(?:el |este |el proximo )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)',
  '(?:despues|luego) de(?:l)? (?:la |el |mi )?\\w+',
  'a la salida',
  'de camino a casa',
  'cuando (?:se vayan|se duerman|no haya nadie|termine|todos)',
  'ahora mismo',
]);

export const PLACE = any([
  'puente',
  'azotea',
  'techo',
  'tejado',
  'balcon',
  'terraza',
  'acantilado',
  'anden',
  'ultimo piso',
  'estacionamiento',
  'parking',
  'estacion',
  'edificio',
  'piso \\d+',
  'ventana',
  'orilla del (?:rio|mar|lago|acantilado)',
  'rio',
  'arriba',
]);

/** Wanting, wishing, longing: the frames of passive ideation. */
export const DESIRE = any([
  'quiero',
  'quisiera',
  'quisiese',
  'deseo',
  'desearia',
  'ganas de',
  'me gustaria',
  'ojala pudiera',
  'prefiero',
  'preferiria',
  'necesito',
  'solo quiero',
  'esperando',
  'deseando',
  'espero',
  'con la esperanza de',
]);

/** Being dead, ceasing to be. */
export const DEATH = any([
  'morir(?:me)?',
  'dejar de (?:vivir|existir)',
  'no despertar',
  'no existir',
  'estar muert[oa]',
  'desaparecer',
  'dormir(?:me)? para siempre',
  'no haber nacido',
  'dormir(?:me)? y no despertar',
  'no estar (?:aqui|viv[oa])',
]);

/** How much of a medicine was taken: all of it, a whole box, a number in the tens. */
export const QUANTITY = any([
  'tod[oa]s?',
  '(?:un|el) (?:bote|frasco|blister|paquete)',
  '(?:una|la) caja',
  'enter[oa]',
  'el resto',
  'un punado',
  'un monton',
  'muchas',
  'como \\d+',
  '\\d\\d+',
]);

/** One or two clitic or filler words between parts of a pattern, none a negator or "en". */
export const FILL = '(?:(?!(?:en|con|no|nunca) )[^ .]+ ){0,2}?';
