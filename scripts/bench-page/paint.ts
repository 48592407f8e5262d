import type { Browser } from 'playwright-core';
import { freshPage, median } from './browser.js';

/** How long to wait for the first card's element-timing entry before using FCP instead. */
const ELEMENT_WAIT_MS = 3_000;

/** One page load: when the first result card was painted, and what said so. */
type PaintSample = {
  ms: number | null;
  /** 'element': the Element Timing entry of [elementtiming=first-result]; 'fcp': fallback. */
  source: 'element' | 'fcp';
  /** Why FCP was used, when it was. */
  why?: string;
  /** Whether the page had an `ol.result-list li.result` at all. */
  card: boolean;
  /** Whether the marked element sits in the first result card, as it should. */
  markedInFirstCard: boolean;
  /** CSS and JS the page actually loaded (to check the weighing found them all). */
  loaded: string[];
};

/** Element Timing's entry; not in TypeScript's DOM library (Chromium only). */
type ElementTiming = PerformanceEntry & {
  identifier: string;
  renderTime: number;
  loadTime: number;
};

/** Runs in the page after `load`: milliseconds since navigation start, by either route. */
function readPaint(waitMs: number): Promise<Omit<PaintSample, 'loaded'>> {
  const first = document.querySelector('ol.result-list > li.result');
  const marked = document.querySelector('[elementtiming="first-result"]');
  const facts = { card: first !== null, markedInFirstCard: !!marked && !!first?.contains(marked) };
  // Buffered: FCP has normally happened by `load`, but a throttled page may paint later.
  const fcp = (why: string) =>
    new Promise<Omit<PaintSample, 'loaded'>>((resolve) => {
      const done = (ms: number | null) => resolve({ ms, source: 'fcp', why, ...facts });
      const timer = setTimeout(() => done(null), waitMs);
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (!entry) return;
        observer.disconnect();
        clearTimeout(timer);
        done(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });
  // No element carries the attribute: waiting 3 s for an entry that cannot come measures nothing.
  if (!marked) return fcp('no element carries elementtiming="first-result"');
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as ElementTiming[]) {
        if (entry.identifier !== 'first-result') continue;
        observer.disconnect();
        clearTimeout(timer);
        // renderTime is 0 only for images without Timing-Allow-Origin; text always has it.
        resolve({ ms: entry.renderTime || entry.loadTime, source: 'element', ...facts });
        return;
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(fcp(`no element-timing entry within ${waitMs / 1000} s`));
    }, waitMs);
    observer.observe({ type: 'element', buffered: true });
  });
}

/** Same-origin CSS and JS the page fetched, by path. */
const loadedAssets = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && /\.(css|js)$/.test(u.pathname))
    .map((u) => u.pathname);

export type PaintResult = {
  throttle: number;
  runs: number;
  medianMs: number | null;
  samplesMs: (number | null)[];
  /** How each run was timed, counted: e.g. { element: 7 } or { fcp: 7 }. */
  sources: Record<string, number>;
  why: string[];
  card: boolean;
  markedInFirstCard: boolean;
  loaded: string[];
};

/**
 * `runs` loads of `url`, each in a fresh context, after one unmeasured load (the server's first
 * rendering of a page and Chromium's first start of its renderer are not what is measured).
 */
export async function measurePaint(
  browser: Browser,
  url: string,
  runs: number,
  throttle: number,
): Promise<PaintResult> {
  const samples: PaintSample[] = [];
  for (let i = -1; i < runs; i++) {
    const { context, page } = await freshPage(browser, throttle);
    try {
      await page.goto(url, { waitUntil: 'load' });
      const sample = await page.evaluate(readPaint, ELEMENT_WAIT_MS);
      if (i >= 0) samples.push({ ...sample, loaded: await page.evaluate(loadedAssets) });
    } finally {
      await context.close();
    }
  }
  const sources: Record<string, number> = {};
  for (const s of samples) sources[s.source] = (sources[s.source] ?? 0) + 1;
  const times = samples.map((s) => s.ms);
  return {
    throttle,
    runs,
    medianMs: median(times.filter((t): t is number => t !== null)),
    samplesMs: times,
    sources,
    why: [...new Set(samples.flatMap((s) => (s.why ? [s.why] : [])))],
    card: samples.every((s) => s.card),
    markedInFirstCard: samples.every((s) => s.markedInFirstCard),
    loaded: [...new Set(samples.flatMap((s) => s.loaded))].sort(),
  };
}
