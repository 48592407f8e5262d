// Letters that Unicode decomposition does not split into base letter + accent.
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Case-, accent- and punctuation-insensitive form: "Montréal" → "montreal",
 * "St. John's" → "st johns", "Stoke-on-Trent" → "stoke on trent". Dots and apostrophes are
 * dropped rather than spaced so that "D.C." and "U.S.A." fold to "dc" and "usa".
 */
export function fold(text: string): string {
  // Most names are plain ASCII words; skipping Unicode work for them halves index build time.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[.'’‘`ʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// People write "St Louis" and GeoNames writes "St. Louis" or "Saint-Louis"; both sides are
// expanded so either spelling finds the other.
const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

const ABBREVIATION = /(?<=^| )(?:st|ste|mt|ft)(?= |$)/g;

/** Key for place names. Not used for qualifiers, where "MT" must stay Montana. */
export function nameKeyFromFolded(folded: string): string {
  return folded.replace(ABBREVIATION, (word) => ABBREVIATIONS[word] ?? word);
}

export function nameKey(text: string): string {
  return nameKeyFromFolded(fold(text));
}
