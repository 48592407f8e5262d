import { type Locale, squeeze } from './squeeze.js';
import { EMOJI, EXACT, KNOWN, PHRASES, TABLES, VOCABULARY } from './texting.js';

/**
 * Text as the lexicons read it (ADR 29): lower case, accents folded, obfuscation undone
 * ("su1cide", "k!ll", "s*icide", "k m s"), texting forms and contractions spelt out, and every
 * run of a repeated letter cut to one ("diiiie", "killl" and "kill" all read "kil"). The
 * lexicons' patterns go through the same cut when they are compiled (`compile`), so they are
 * written in plain spelling. Punctuation that matters survives as its own token: "." ends a
 * sentence, "," a phrase, '"' opens or closes a quotation.
 */

export { compile, type Locale, squeeze } from './squeeze.js';

/** Numbers with a unit stay numbers: "3am", "20mg", "5th", "10pm". */
const UNIT = /^\d+(?:st|nd|rd|th|am|pm|h|hr|hrs|min|mins|mg|ml|k|km|kg|x|s|yo|hs)$/;
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** The vocabulary word an obfuscated token stands for ("s*icide", "k**l"), if one fits. */
function unmask(token: string): string | undefined {
  const pattern = new RegExp(`^${token.replace(/\*+/g, (s) => `[a-z]{0,${s.length + 1}}`)}$`);
  return VOCABULARY.find((word) => pattern.test(word));
}

/** One written word as words and punctuation tokens. */
function word(raw: string): string[] {
  // Leading quote marks open a quotation, trailing ones close it; trailing ! . end a sentence.
  const out: string[] = [];
  let token = raw;
  const lead = /^['\-_*.]+/.exec(token)?.[0] ?? '';
  if (lead.includes("'")) out.push('"');
  token = token.slice(lead.length);
  const trail = /[!'\-_.]+$/.exec(token)?.[0] ?? '';
  token = token.slice(0, token.length - trail.length);
  if (token) for (const w of spell(token)) out.push(squeeze(w));
  if (trail.includes("'") && !/s$/.test(token)) out.push('"');
  else if (trail.includes('!') || trail.includes('.')) out.push('.');
  return out;
}

/** A bare word (no leading or trailing punctuation) as one or more words. */
function spell(token: string): string[] {
  if (/^\d{1,2}:\d\d$/.test(token) || /^\d+$/.test(token) || UNIT.test(token)) return [token];
  // Contractions: "don't", "I'm", "she's", "dad's".
  const apostrophe = /^([a-z]+)'([a-z]+)$/.exec(token);
  if (apostrophe) return contraction(apostrophe[1]!, apostrophe[2]!);
  // Letters kept apart by dots, dashes or underscores: "s.u.i.c.i.d.e", "sui-cide", "self-harm".
  if (/[a-z0-9][._-][a-z0-9]/.test(token)) {
    const parts = token.split(/[._-]+/);
    const joined = parts.join('');
    if (parts.every((p) => p.length <= 1) || KNOWN.has(squeeze(joined))) return spell(joined);
    return parts.flatMap((p) => (p ? spell(p) : []));
  }
  let plain = token;
  if (/[a-z]/.test(token) && /[0-9@$!|]/.test(token) && !/^[0-9]+[a-z]*$/.test(token)) {
    plain = token.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c);
  } else if (/^[@$][a-z]/.test(token)) {
    plain = token.replace(/[@$]/g, (c) => LEET[c] ?? c);
  }
  if (plain.includes('*')) plain = unmask(squeeze(plain)) ?? plain.replace(/\*/g, '');
  return [plain];
}

function contraction(stem: string, tail: string): string[] {
  if (tail === 't' && stem.endsWith('n')) {
    const base = stem.slice(0, -1);
    const verb = base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'ai' ? 'is' : base;
    return [verb, 'not'];
  }
  if (tail === 'm') return [stem, 'am'];
  if (tail === 're') return [stem, 'are'];
  if (tail === 've') return [stem, 'have'];
  if (tail === 'l' || tail === 'll') return [stem, 'will'];
  if (tail === 'd') return stem === 'od' ? ['overdosed'] : [stem, 'would'];
  if (tail === 's') {
    return /^(it|that|there|what|everything|nothing|he|she|who|here|where|life|today|tonight)$/.test(
      stem,
    )
      ? [stem, 'is']
      : [stem, 's'];
  }
  return [`${stem}${tail}`];
}

const TOKEN = /\d{1,2}:\d\d|[a-z0-9@$*!|'._-]+|"|[.?;:\n]+|,/g;
const PLAIN = /^[a-z]+$/;
const EMOJI_ANY = /[\u{1F300}-\u{1FAFF}]/u;
const EXACT_WORDS = new RegExp(`\\b(?:${[...EXACT.keys()].join('|')})\\b(?![*'])`, 'g');

/** Lower case, accents and everything outside ASCII gone, emoji that matter as words. */
function fold(text: string, locale: Locale): string {
  let t = text;
  if (t.includes('OD')) {
    t = t.replace(/\bOD(?:'?d|'?ed)\b/g, ' overdosed ').replace(/\bOD\b/g, ' overdose ');
  }
  // "pills + vodka", "pills & wine": a plus or an ampersand joins like "and".
  if (/[+&]/.test(t)) t = t.replace(/\s*[+&]\s*/g, locale === 'es' ? ' y ' : ' and ');
  // Most messages are plain ASCII: the Unicode work is skipped for them.
  if (!/[^ -~\n\r\t]/.test(t)) return t.toLowerCase();
  if (EMOJI_ANY.test(t)) for (const [re, to] of EMOJI) t = t.replace(re, to[locale]);
  return t
    .toLowerCase()
    .replace(/[“”«»„‟]/g, '"')
    .replace(/[‘’‛´`]/g, "'")
    .replace(/(?<![a-záéíóúñü])él(?![a-záéíóúñü])/g, 'ella')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^ -~\n\r\t]/g, ' ');
}

/** Text as the lexicons of `locale` read it: words and punctuation tokens, space-separated. */
export function normalise(text: string, locale: Locale): string {
  const t = squeeze(fold(text, locale).replace(EXACT_WORDS, (w) => EXACT.get(w)!));
  const map = TABLES[locale];
  const raw: string[] = [];
  for (const m of t.matchAll(TOKEN)) {
    const tok = m[0];
    if (PLAIN.test(tok)) raw.push(map.get(tok) ?? tok);
    else if (tok === '"' || tok === ',') raw.push(tok);
    else if (/^[.?;:\n]+$/.test(tok)) raw.push('.');
    else {
      for (const w of word(tok)) raw.push(map.get(w) ?? w);
    }
  }
  let result = joinSpelledOut(raw, map).join(' ');
  for (const [re, to] of PHRASES) result = result.replace(re, to);
  return result;
}

/** Runs of single letters that spell a known word are joined: "k m s", "k i l l". */
function joinSpelledOut(words: string[], map: Map<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && /^[a-z]$/.test(words[j]!)) j++;
    if (j - i >= 3) {
      const joined = words.slice(i, j).join('');
      if (KNOWN.has(squeeze(joined)) || j - i >= 5) {
        const w = squeeze(joined);
        out.push(map.get(w) ?? w);
        i = j - 1;
        continue;
      }
    }
    out.push(words[i]!);
  }
  return out;
}
