import type { PaintResult } from './paint.js';
import type { TypingResult } from './typing.js';
import type { PageWeight } from './weight.js';

export type Figures = {
  database: string;
  node: string;
  chromium: string;
  cpus: number;
  loadavg: { before: number[]; after: number[] };
  pages: Record<string, PageWeight>;
  paint: PaintResult[];
  typing: TypingResult;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number | null) => (t === null ? '—' : `${t.toFixed(0)} ms`);
const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');

/** The page weights as one table: a row per resource, then the page's total. */
function weights(path: string, w: PageWeight) {
  console.log(`\n${path}: "${w.heading}", ${w.resultCards} result cards`);
  const row = (name: string, s: Omit<PageWeight['html'], 'path' | 'servedEncoding'>) => ({
    resource: name,
    raw: kb(s.raw),
    'as served': kb(s.served),
    gzip: kb(s.gzip),
    brotli: kb(s.brotli),
  });
  console.table([
    row(`HTML (served ${w.html.servedEncoding})`, w.html),
    ...w.assets.map((a) => row(`${a.path} (served ${a.servedEncoding})`, a)),
    row('total', w.total),
  ]);
}

/** The readable summary: where it ran, then the three measurements, each with its caveats. */
export function report(f: Figures) {
  console.log(
    `\nbench:page on the Meeting Guide sample feed, ${f.database}; Node ${f.node}, Chromium ${f.chromium}`,
  );
  console.log(
    `${f.cpus} CPUs; load average (1, 5, 15 min) ${load(f.loadavg.before)} before, ${load(f.loadavg.after)} after`,
  );
  console.log(
    '\n1. Bytes, asking with Accept-Encoding: br, gzip ("as served" is what came over the wire;',
  );
  console.log('   gzip level 6 and brotli quality 11 are node:zlib on the unpacked bytes)');
  for (const [path, w] of Object.entries(f.pages)) weights(path, w);
  const weighed = new Set(Object.values(f.pages).flatMap((w) => w.assets.map((a) => a.path)));
  const unweighed = f.paint.flatMap((p) => p.loaded).filter((a) => !weighed.has(a));
  if (unweighed.length) console.log(`note: the browser also loaded ${[...new Set(unweighed)]}`);

  console.log(
    '\n2. First result card painted, ms after navigation start (fresh context per load, 390×844 viewport):',
  );
  for (const p of f.paint) {
    const how = Object.entries(p.sources)
      .map(([source, n]) =>
        source === 'element' ? `${n} by Element Timing` : `${n} by first-contentful-paint`,
      )
      .join(', ');
    console.log(
      `   ${p.throttle === 1 ? 'no throttling' : `${p.throttle}x CPU throttling`}: median ${ms(p.medianMs)} of ${p.runs} (${p.samplesMs.map(ms).join(', ')}); ${how}`,
    );
    for (const why of p.why) console.log(`     fallback to FCP: ${why}`);
    if (!p.card) console.log('     warning: some loads had no ol.result-list li.result');
    else if (p.sources.element && !p.markedInFirstCard)
      console.log('     warning: [elementtiming="first-result"] is not inside the first card');
  }

  const t = f.typing;
  console.log('\n3. Last keystroke in #q to new results heading (60 ms between keys):');
  if (t.medianMs === null) {
    console.log(`   results did not update within 5 s in any of ${t.runs} runs`);
  } else {
    console.log(
      `   median ${ms(t.medianMs)} over the ${t.updated} of ${t.runs} runs that updated (${t.samplesMs.map(ms).join(', ')})`,
    );
  }
  console.log(
    `   queries and the headings they led to: ${t.queries.map((q, i) => `"${q}" → ${t.headings[i] ? `"${t.headings[i]}"` : '—'}`).join(', ')}`,
  );
  for (const problem of new Set(t.problems)) console.log(`   ${problem}`);
  console.log(`   this includes the script's debounce: ${t.debounce}`);
}
