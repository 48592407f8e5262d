import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../../src/lib/paths.js';
import { freshPage, median } from './browser.js';

/** After the last keystroke, how long the results have to change before a run counts as failed. */
const UPDATE_WAIT_MS = 5_000;
/** Typed in the unmeasured first run: a town most of the sample's meetings are in. */
const WARM_UP_QUERY = 'Belleville';

/**
 * How long the heading must stay put before a run's last update counts as the final one: on a
 * loaded machine a gap between two keys can outlast the debounce, and the results for a prefix
 * ("Pict") may then arrive after the last key, before those for the whole word.
 */
const QUIET_MS = 1_000;

/** What the page's probe has seen: set up by installProbe, read after typing. */
type Probe = {
  keys: number[];
  changes: { t: number; text: string }[];
};

/** An update of the results after the last key, once the heading has stayed put. */
type Update = { ms: number; text: string; updates: number; maxKeyGap: number };

/**
 * Runs in the page before typing. Records the time of every keydown, and every time the results
 * heading is replaced or its text changes: the script replaces the whole `section.results`, so
 * the observer watches its parent. Both are timed when they happen, whenever they are read.
 */
function installProbe(): string | null {
  const probe: Probe = { keys: [], changes: [] };
  (globalThis as unknown as { benchProbe: Probe }).benchProbe = probe;
  document.addEventListener('keydown', () => probe.keys.push(performance.now()), true);
  const parent = document.querySelector('section.results')?.parentElement;
  if (!parent) return 'no section.results on the page';
  let heading = document.querySelector('#results-heading');
  let text = heading?.textContent?.trim() ?? '';
  new MutationObserver(() => {
    const now = document.querySelector('#results-heading');
    const nowText = now?.textContent?.trim() ?? '';
    if (now === heading && nowText === text) return;
    heading = now;
    text = nowText;
    probe.changes.push({ t: performance.now(), text });
  }).observe(parent, { subtree: true, childList: true, characterData: true });
  return null;
}

/** The last update after the last keystroke, once nothing has changed for `quietMs`. */
function settled(quietMs: number): Update | null {
  const { keys, changes } = (globalThis as unknown as { benchProbe: Probe }).benchProbe;
  const lastKey = keys.at(-1);
  if (lastKey === undefined) return null;
  const after = changes.filter((c) => c.t > lastKey);
  const last = after.at(-1);
  if (!last || performance.now() - last.t < quietMs) return null;
  const gaps = keys.slice(1).map((k, i) => k - keys[i]!);
  return {
    ms: last.t - lastKey,
    text: last.text,
    updates: after.length,
    maxKeyGap: Math.max(0, ...gaps),
  };
}

/**
 * The pause the page's script waits for after a keystroke, as its source says now: a constant
 * named like a debounce, pause or delay, or a number given to setTimeout. Its source is being
 * changed while this is written, so this is a hint printed next to the figure, never
 * subtracted from it; and a source newer than the build (what was measured) is said so.
 */
export function readDebounce(): string {
  const file = join(projectRoot, 'src/client/directory.ts');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return 'src/client/directory.ts not found';
  }
  const found =
    /\b(?:const|let)\s+\w*(?:debounce|pause|delay|wait)\w*\s*=\s*(\d[\d_]*)/i.exec(source) ??
    /setTimeout\(\s*\w+\s*,\s*(\d[\d_]*)\s*\)/.exec(source);
  const what = found
    ? `${found[1]!.replace(/_/g, '')} ms (src/client/directory.ts: \`${found[0]}\`)`
    : 'no debounce found in src/client/directory.ts';
  let built = 0;
  try {
    built = statSync(join(projectRoot, 'dist/assets/manifest.json')).mtimeMs;
  } catch {}
  return statSync(file).mtimeMs > built
    ? `${what}; note: the file changed after dist/ was built, so the measured script may differ`
    : what;
}

export type TypingResult = {
  runs: number;
  updated: number;
  medianMs: number | null;
  samplesMs: (number | null)[];
  queries: string[];
  /** The heading each run ended with, to show the results really changed. */
  headings: (string | null)[];
  problems: string[];
  debounce: string;
};

/**
 * Each run loads `/groups` in a fresh context (so the box starts empty and the results start
 * unfiltered), types one query of `queries` 60 ms a key, and times the last keydown to the
 * heading's last change after it (normally its only one). A page that does not update as you
 * type gives "did not update" for each run, 5 s after its last key.
 */
export async function measureTyping(
  browser: Browser,
  base: string,
  queries: string[],
  runs: number,
): Promise<TypingResult> {
  const samples: (number | null)[] = [];
  const headings: (string | null)[] = [];
  const problems: string[] = [];
  const used: string[] = [];
  // Run -1 warms up (the server's first fragment, Chromium's renderer) and is not counted.
  for (let i = -1; i < runs; i++) {
    const query = i < 0 ? WARM_UP_QUERY : queries[i % queries.length]!;
    const counted = i >= 0;
    if (counted) used.push(query);
    const { context, page } = await freshPage(browser, 1);
    try {
      await page.goto(`${base}/groups`, { waitUntil: 'load' });
      const missing = await page.evaluate(installProbe);
      if (missing) problems.push(missing);
      await page.click('#q', { timeout: 5_000 });
      await page.keyboard.type(query, { delay: 60 });
      // Times come from the probe, so polling every 100 ms costs no precision.
      const found = await page
        .waitForFunction(settled, QUIET_MS, { timeout: UPDATE_WAIT_MS + QUIET_MS, polling: 100 })
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      const update = found && found.ms <= UPDATE_WAIT_MS ? found : null;
      if (!counted) continue;
      samples.push(update?.ms ?? null);
      headings.push(update?.text ?? null);
      if (!update)
        problems.push(`"${query}": results did not update within ${UPDATE_WAIT_MS / 1000} s`);
      else if (update.updates > 1)
        problems.push(
          `"${query}": ${update.updates - 1} earlier update(s) came after the last key (longest gap between keys ${update.maxKeyGap.toFixed(0)} ms); timed to the last`,
        );
    } catch (error) {
      if (!counted) continue;
      // A page without the search box (say, mid-change): one failed run, not a crashed bench.
      samples.push(null);
      headings.push(null);
      problems.push(`"${query}": ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  const times = samples.filter((t): t is number => t !== null);
  return {
    runs,
    updated: times.length,
    medianMs: median(times),
    samplesMs: samples,
    queries: used,
    headings,
    problems,
    debounce: readDebounce(),
  };
}
