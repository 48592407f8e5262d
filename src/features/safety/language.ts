/**
 * Which language a text is in, English or Spanish, from its common words and its letters: short,
 * informal messages rarely name their language, and a Spanish interface can receive English.
 */

const SPANISH_WORDS = new Set(
  (
    'que de el la los las y en es por para con una un lo se ya muy pero mas todo todos toda nada ' +
    'nadie quiero tengo voy hoy esta este estoy como cuando porque del al le su sus yo soy hay ' +
    'manana noche vida morir matarme pastillas puedo aqui solo ahora q xq pq ke kiero mis mi ' +
    'sin siento estar tiene hace tambien donde quien algo bien mal asi eso esto ni otra vez ' +
    'alguien grupo sesion hola gracias semana dia dias anos despues antes'
  ).split(' '),
);
const ENGLISH_WORDS = new Set(
  (
    'the and i im to of my is it you that this for on with be am are was have just want so but ' +
    'not do dont can cant all what at feel tonight been about after like get got will would ' +
    "i'm i've it's don't can't ive its really never anymore myself everyone nobody some when " +
    'going gonna wanna if how why who out up day today week group'
  ).split(' '),
);

/** The language of a text: Spanish when its Spanish words and letters outweigh English ones. */
export function detectLocale(text: string): 'en' | 'es' {
  const lower = text.toLowerCase();
  // ñ, ¿, ¡ and accented vowels are Spanish; each counts as a word, up to three.
  let es = Math.min(3, lower.match(/[ñ¿¡áéíóú]/g)?.length ?? 0);
  let en = 0;
  const folded = /[^ -~]/.test(lower)
    ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : lower;
  // Words written with digits or symbols ("su1cide", "k!ll") are not counted as either.
  for (const m of folded.matchAll(/[a-z'0-9!@$*]+/g)) {
    const w = m[0];
    if (SPANISH_WORDS.has(w)) es++;
    else if (ENGLISH_WORDS.has(w)) en++;
    // Spanish endings (infinitives with a pronoun, participles, gerunds) in longer words.
    else if (w.length > 5 && /(?:[aei]rme|[aei]rse|ado|ido|ando|iendo)$/.test(w)) es++;
  }
  return es > en ? 'es' : 'en';
}
