declare global {
  /** Replaced with `true` by scripts/build.mjs in the dist/ bundle. */
  var GATHERWELL_BUNDLED: boolean | undefined;
}

/** True when running from dist/ (built by scripts/build.mjs), false from source (tsx, Vitest). */
export const isBundled = (): boolean => globalThis.GATHERWELL_BUNDLED === true;
