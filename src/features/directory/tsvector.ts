import { type IntList, listFor } from './search-lists.js';

/**
 * Post the lexemes of a stored tsvector's text form (`'lexeme':1A,4C 'other':2B`) under `slot`,
 * each with the best weight among its positions (A = 3 ... D = 0, also when it has no
 * positions), as slot * 4 + weight. Each lexeme appears once per tsvector, and slots only grow,
 * so every posting list stays sorted by slot.
 */
export function postLexemes(terms: Map<string, IntList>, text: string, slot: number) {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) !== 39) {
      i++;
      continue;
    }
    // A quoted lexeme: '' stands for a quote, a backslash escapes the next character.
    let lexeme = '';
    let j = i + 1;
    for (;;) {
      const q = text.indexOf("'", j);
      if (q < 0) return;
      if (text.charCodeAt(q + 1) === 39) {
        lexeme += text.slice(j, q + 1);
        j = q + 2;
        continue;
      }
      lexeme += text.slice(j, q);
      i = q + 1;
      break;
    }
    if (lexeme.includes('\\')) lexeme = lexeme.replace(/\\(.)/g, '$1');
    let weight = 0;
    if (text.charCodeAt(i) === 58) {
      for (i++; i < n; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 32) break;
        if (ch === 65) weight = 3;
        else if (ch === 66 && weight < 2) weight = 2;
        else if (ch === 67 && weight < 1) weight = 1;
      }
    }
    listFor(terms, lexeme, 4).push(slot * 4 + weight);
  }
}
