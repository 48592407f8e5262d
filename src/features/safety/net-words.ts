// What the wide net's engine (net.ts) and its lexicons (net-en.ts, net-es.ts) share.

export type NetLexicon = {
  /** Phrases blanked before anything is read (hyperbole and set expressions). */
  idioms: RegExp[];
  /** The writer saying what they do not feel or will not do: blanked, the rest still read. */
  negations: RegExp[];
  /** A time that is now rather than set ("rn", "today"): urgent only beside a farewell. */
  near: RegExp[];
  /** A clause about someone else, a quoted work or a question about helping: skipped. */
  skip: RegExp[];
  /** Thoughts of dying or not being here; hopelessness about living. */
  thoughts: RegExp[];
  /** Hurting oneself, now or lately. */
  selfHarm: RegExp[];
  /** Feeling a burden. */
  burden: RegExp[];
  means: RegExp[];
  time: RegExp[];
  place: RegExp[];
  /** An act under way or just done: urgent alone. */
  act: RegExp[];
  /** Goodbyes and preparations that only make sense before dying: urgent alone. */
  farewell: RegExp[];
  /** A decision to do it ("I'm going through with it"): urgent alone. */
  intent: RegExp[];
  /** Ordinary reasons for a goodbye or a last message (a holiday, a move): farewell ignored. */
  ordinaryGoodbye: RegExp;
  /** Laughter: beside nothing but a hyperbole-prone thought, a joke. */
  laughter: RegExp;
  /** The thoughts people also say in jest ("kms", "i want to die"). */
  hyperbole: RegExp;
};

/** Lower case, accents folded, digits and symbols that stand for letters read as letters, repeated letters cut to one. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[,:"“”«»()\-–—_/]/g, ' ')
    .replace(/(?<=[a-z])[0-9@!$*](?=[a-z*])|(?<=\b[a-z]{1,3})[0-9@!$*](?=[a-z])/g, (c) =>
      c === '1' || c === '!'
        ? 'i'
        : c === '0'
          ? 'o'
          : c === '3'
            ? 'e'
            : c === '4' || c === '@'
              ? 'a'
              : c === '$' || c === '5'
                ? 's'
                : c === '*'
                  ? 'u'
                  : c,
    )
    .replace(/'/g, '')
    .replace(/([a-z])\1+/g, '$1');
}

/** Patterns are written in plain spelling and folded the same way as the text. */
export const words = (...sources: string[]) =>
  sources.map((s) => new RegExp(s.replace(/(?<!\\)([a-z])\1+/g, '$1'), 'i'));
