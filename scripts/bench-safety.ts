// npm run bench:safety [-- PATH] [--show]
// Measures the crisis-language assessment (src/features/safety, ADR 29) on a labelled set,
// src/features/safety/corpus/labelled.tsv unless PATH names another in the same format
// (LEVEL<TAB>LOCALE<TAB>TEXT). Prints the lines per level and locale, recall of urgent, recall
// and precision of flagged (urgent or concern), the confusion matrix, the same per locale, the
// lines it got wrong (all of them with --show, the first 20 otherwise) and the speed. Exits 1
// when a target is missed.
import { parseArgs } from 'node:util';
import { assess, type Level } from '../src/features/safety/assess.js';
import {
  figures,
  type Labelled,
  meetsTargets,
  readLabelled,
  type Scored,
  TARGETS,
} from '../src/features/safety/corpus/read.js';

const LEVELS: Level[] = ['urgent', 'concern', 'none'];

function report(title: string, rows: Scored[]) {
  const f = figures(rows);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const mark = (x: number, target: number) =>
    x >= target ? '' : `  MISSED (target ${pct(target)})`;
  console.log(`\n${title} (${rows.length} lines)`);
  console.log(
    `  urgent recall       ${pct(f.urgentRecall)}${mark(f.urgentRecall, TARGETS.urgentRecall)}`,
  );
  console.log(
    `  flagged recall      ${pct(f.flaggedRecall)}${mark(f.flaggedRecall, TARGETS.flaggedRecall)}`,
  );
  console.log(
    `  flagged precision   ${pct(f.flaggedPrecision)}${mark(f.flaggedPrecision, TARGETS.flaggedPrecision)}`,
  );
  console.log('  labelled \\ predicted   urgent  concern     none');
  f.matrix.forEach((row, i) => {
    const cells = row.map((n) => String(n).padStart(8)).join(' ');
    console.log(`  ${LEVELS[i]!.padEnd(20)} ${cells}`);
  });
  return f;
}

/** Microseconds per call of `fn`, one sample per call. */
function timings(calls: (() => unknown)[], rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const call of calls) {
      const start = performance.now();
      call();
      samples.push((performance.now() - start) * 1000);
    }
  }
  return samples.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** A message of exactly 1,000 characters made of the set's lines of one level. */
function longMessage(rows: Labelled[], level: Level): string {
  let text = '';
  for (const r of rows.filter((x) => x.level === level)) {
    text += `${r.text} `;
    if (text.length >= 1000) break;
  }
  return text.padEnd(1000, ' x').slice(0, 1000);
}

function speed(rows: Labelled[]) {
  const calls = rows.map((r) => () => assess(r.text));
  timings(calls, 5); // warm up the compiled code
  const perLine = timings(calls, 20);
  console.log('\nspeed');
  console.log(
    `  per line on the set     median ${quantile(perLine, 0.5).toFixed(1)} µs, p99 ${quantile(perLine, 0.99).toFixed(1)} µs`,
  );
  for (const level of ['none', 'urgent'] as Level[]) {
    const text = longMessage(rows, level);
    const long = timings([() => assess(text)], 2000);
    console.log(
      `  1,000-character message of ${level.padEnd(6)} lines: median ${quantile(long, 0.5).toFixed(1)} µs, p99 ${quantile(long, 0.99).toFixed(1)} µs (bound: 1,000 µs)`,
    );
  }
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { show: { type: 'boolean', default: false } },
  });
  const rows = readLabelled(positionals[0]);
  const scored: Scored[] = rows.map((r) => ({ ...r, predicted: assess(r.text).level }));

  console.log('lines per level and locale');
  for (const locale of ['en', 'es'] as const) {
    const counts = LEVELS.map((l) => {
      const n = rows.filter((r) => r.locale === locale && r.level === l).length;
      return `${l} ${n}`;
    });
    console.log(`  ${locale}: ${counts.join(', ')}`);
  }
  const overall = report('all', scored);
  for (const locale of ['en', 'es'] as const) {
    report(
      locale,
      scored.filter((r) => r.locale === locale),
    );
  }

  const wrong = scored.filter((r) => r.level !== r.predicted);
  const shown = values.show ? wrong : wrong.slice(0, 20);
  console.log(
    `\nmisclassified: ${wrong.length}${values.show || wrong.length <= 20 ? '' : ' (first 20; --show for all)'}`,
  );
  for (const r of shown) {
    console.log(`  line ${r.line}  ${r.level} -> ${r.predicted}  [${r.locale}] ${r.text}`);
  }

  speed(rows);
  if (!meetsTargets(overall)) {
    console.log('\ntargets missed');
    process.exitCode = 1;
  }
}

if (process.argv[1]?.endsWith('bench-safety.ts')) main();
