import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../lib/paths.js';
import { type Assessment, assess, detectLocale, type Level, SIGNALS } from './assess.js';

// Each rule family of ADR 29 on messages written for these tests (the labelled set is measured
// on its own in corpus.test.ts). A table a family: [text, expected level].
type Case = [string, Level];

function expectLevels(cases: Case[], locale?: 'en' | 'es') {
  // Every case is read before judging, so a failure lists all the lines that went wrong.
  const wrong = cases
    .map(([text, level]) => ({ text, expected: level, got: assess(text, locale).level }))
    .filter((c) => c.got !== c.expected);
  expect(wrong).toEqual([]);
}

describe('assess: levels', () => {
  it('finds intent with means, time or place, acts and farewells urgent', () => {
    expectLevels([
      ['I have the pills counted out on my desk', 'urgent'],
      ["I'm on the bridge and I can't do this anymore", 'urgent'],
      ["I'm going to kill myself tonight", 'urgent'],
      ['tonight is the night, the letters are written', 'urgent'],
      ['I just swallowed a whole bottle of my antidepressants', 'urgent'],
      ["This is my last message. I've given all my things away.", 'urgent'],
      ['bought a rope today, doing it when my wife is at work', 'urgent'],
      ['how many paracetamol would it take to not wake up', 'urgent'],
    ]);
  });

  it('finds thoughts without a plan, hopelessness, burden and recent self-harm concern', () => {
    expectLevels([
      ['I wish I was dead', 'concern'],
      ["I keep thinking about killing myself, I don't know what to do", 'concern'],
      ['everyone would be better off without me', 'concern'],
      ["there's no point in living anymore", 'concern'],
      ['I cut myself again last night', 'concern'],
      ["I'm so tired of being alive", 'concern'],
      ['sometimes I hope I just never wake up', 'concern'],
    ]);
  });

  it('combines cues across sentences', () => {
    expectLevels([
      ["I can't go on. I'm standing on the roof of my building.", 'urgent'],
      ['I want to die. I have a bottle of pills in front of me.', 'urgent'],
      ["I took the pills. Don't call anyone.", 'urgent'],
      ['I take my pills every morning. Some days I wonder why I bother living.', 'concern'],
      ["I've thought about overdosing but I'm not going to do anything.", 'concern'],
    ]);
  });

  it('reports signals in the documented order, and none for none', () => {
    const a: Assessment = assess("I'm going to jump off the bridge tonight, goodbye everyone");
    expect(a.level).toBe('urgent');
    expect(a.signals).toEqual(SIGNALS.filter((s) => a.signals.includes(s)));
    expect(a.signals).toEqual(expect.arrayContaining(['intent', 'time', 'farewell']));
    expect(assess('see you all on Thursday')).toEqual({ level: 'none', signals: [] });
    expect(assess('   ')).toEqual({ level: 'none', signals: [] });
  });
});

describe('assess: what does not count', () => {
  it('drops idioms and hyperbole', () => {
    expectLevels([
      ['this traffic is killing me', 'none'],
      ['my feet are killing me after the walk', 'none'],
      ["I'm dying to see the new film", 'none'],
      ['I nearly died laughing at that video', 'none'],
      ['I could kill for a pizza right now', 'none'],
      ['this exam is going to be the death of me', 'none'],
      ["I'd rather die than sing karaoke", 'none'],
      ['my phone died halfway through the call', 'none'],
      ['lol I literally want to die, the printer ate my essay again', 'none'],
    ]);
  });

  it('drops negated statements, and keeps negations that are the signal', () => {
    expectLevels([
      ["I'm not suicidal, just exhausted", 'none'],
      ['I would never hurt myself', 'none'],
      ["I don't want to die, I want things to change", 'none'],
      ['I have no thoughts of suicide', 'none'],
      ["I don't want to be alive anymore", 'concern'],
      ["I don't want to kill myself, I want help with my anxiety", 'none'],
      ["I can't stop thinking about ending my life", 'concern'],
    ]);
  });

  it('drops the distant past and recovery, and keeps a relapse', () => {
    expectLevels([
      ['I used to self-harm as a teenager, but I have been clean for six years', 'none'],
      ['Ten years ago I tried to take my own life. Today I run a support group.', 'none'],
      ['I used to think about suicide, but I have been well for a long time', 'none'],
      ['I used to cut and lately the urges to cut are back', 'concern'],
    ]);
  });

  it('drops quotations and titles', () => {
    expectLevels([
      ['the song keeps repeating "I just want to die tonight" and it is so catchy', 'none'],
      ['Has anyone read "Before I Kill Myself"? Great book for the club', 'none'],
      ['I told him "I want to die" and he laughed', 'concern'],
    ]);
  });

  it('drops other people, questions about helping them, and losses', () => {
    expectLevels([
      ['my brother died by suicide two years ago', 'none'],
      ['my friend says she wants to kill herself, how can I help her?', 'none'],
      ['what should I say to someone who is thinking about suicide', 'none'],
      ['my daughter has been cutting herself and I am scared', 'none'],
      ['suicide prevention training for volunteers next week', 'none'],
    ]);
  });

  it('drops neutral pills, bridges, ropes, guns, trains and roofs', () => {
    expectLevels([
      ['I take my pills with breakfast', 'none'],
      ['we walked over the bridge to the market', 'none'],
      ['the climbing rope we bought is great', 'none'],
      ['my uncle took me to the gun club on Saturday', 'none'],
      ['the train was cancelled so I will be late tonight', 'none'],
      ['we fixed the roof before the storm', 'none'],
    ]);
  });
});

describe('assess: slang and obfuscation', () => {
  it('reads texting, leetspeak, masked and spaced-out words', () => {
    expectLevels([
      ['kms', 'concern'],
      ['i wanna unalive myself', 'concern'],
      ['sewerslide thoughts all day', 'concern'],
      ['thinking abt s*icide again', 'concern'],
      ['su1cidal af rn', 'concern'],
      ['gonna k!ll myself 2nite', 'urgent'],
      ['i want to diiiiie', 'concern'],
      ['im so dne, i dont wanna live anymore', 'concern'],
      ['k i l l myself tmrw', 'urgent'],
    ]);
  });
});

describe('assess: Spanish', () => {
  it('reads Spanish crisis language, with and without accents', () => {
    expectLevels([
      ['me tomé todas las pastillas', 'urgent'],
      ['me tome todas las pastillas', 'urgent'],
      ['estoy en la azotea y ya no puedo más, adiós', 'urgent'],
      ['esta noche me mato, ya tengo la cuerda', 'urgent'],
      ['he vuelto a cortarme', 'concern'],
      ['ojalá me muriera', 'concern'],
      ['soy una carga para todos', 'concern'],
      ['kiero morirme', 'concern'],
      ['me voy a m4tar', 'urgent'],
    ]);
  });

  it('drops Spanish idioms, negations, the past and other people', () => {
    expectLevels([
      ['me muero de hambre', 'none'],
      ['me muero de ganas de verte', 'none'],
      ['este calor me está matando', 'none'],
      ['no quiero morir, quiero estar mejor', 'none'],
      ['hace años pensaba en quitarme la vida, hoy estoy bien', 'none'],
      ['mi amigo se suicidó el año pasado', 'none'],
      ['cómo ayudo a mi hija que se autolesiona', 'none'],
      ['me corté el pelo y quedó fatal', 'none'],
    ]);
  });

  it('reads a message that mixes the two languages', () => {
    expect(assess('i want to die, ya tengo la cuerda lista').level).toBe('urgent');
    expect(assess('ya no puedo, I have the pills in my hand').level).toBe('urgent');
  });

  it('uses the locale it is given', () => {
    expect(assess('quiero morir', 'es').level).toBe('concern');
  });
});

describe('detectLocale', () => {
  it('tells English from Spanish, informal and unaccented', () => {
    expect(detectLocale('I want to go home')).toBe('en');
    expect(detectLocale('quiero irme a casa')).toBe('es');
    expect(detectLocale('ya no aguanto mas')).toBe('es');
    expect(detectLocale('¿Qué hora es?')).toBe('es');
    expect(detectLocale('kms tonight')).toBe('en');
    expect(detectLocale('')).toBe('en');
  });
});

/** The command as a batch job runs it: lines in, JSON lines out. */
function run(
  args: string[],
  input: string,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'src/cli/safety-assess.ts'), ...args],
      { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe('npm run safety:assess', () => {
  it('writes one assessment a line, in order, in both languages, blank lines included', async () => {
    const { code, out } = await run(
      [],
      'I have the pills counted out\n\nme muero de hambre\nojalá estuviera muerta\nsee you Thursday\n',
    );
    expect(code).toBe(0);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Assessment);
    expect(lines.map((l) => l.level)).toEqual(['urgent', 'none', 'none', 'concern', 'none']);
    expect(lines[1]).toEqual({ level: 'none', signals: [] });
  });

  it('takes --locale, and refuses an unknown option with exit code 2', async () => {
    const ok = await run(['--locale', 'es'], 'quiero morir\n');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).level).toBe('concern');
    const bad = await run(['--verbose'], 'hi\n');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/verbose/);
    const badLocale = await run(['--locale', 'fr'], 'hi\n');
    expect(badLocale.code).toBe(2);
    expect(badLocale.err).toMatch(/en or es/);
  });
});
