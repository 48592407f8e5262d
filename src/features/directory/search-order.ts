import type { SearchStore } from './search-store.js';

/**
 * The store's soonest-first order (ADR 14): every live slot (and some dead ones: readers skip
 * them) by next meeting, then name, then id. Sorted once; afterwards the few slots whose next
 * meeting moved on, or that were just added, are merged back in (`reorder`), so time passing
 * never re-sorts a million listings. "Next meeting" walks it, "soon" reads the stretch before
 * two hours from now, and `positions()` turns it into one number per slot that orders ties
 * without comparing names again. It reads the store's columns as they are at each call (they
 * are replaced when the store grows).
 */
export class SoonestOrder {
  private byNext: Int32Array | undefined;
  /** Each live slot's index in the order (valid once `nextOrder()` has run). */
  private orderPos = new Int32Array(0);
  private kindOrders: Int32Array[] = [];
  private kindOrdersOf: Int32Array | undefined;
  /** Soonest next meeting first, then by name, then by id: the order of every result list. */
  readonly before: (a: number, b: number) => number;

  constructor(private readonly s: SearchStore) {
    this.before = (a, b) => {
      const d = s.nextStart[a]! - s.nextStart[b]!;
      if (d < 0) return -1;
      if (d > 0) return 1;
      // Equal, or both without a meeting to come (Infinity - Infinity is NaN).
      const x = s.names[a]!;
      const y = s.names[b]!;
      if (x !== y) return x < y ? -1 : 1;
      return s.ids[a]! < s.ids[b]! ? -1 : s.ids[a]! > s.ids[b]! ? 1 : 0;
    };
  }

  /** Sort again at the next ask (time went backwards, or too much moved to merge). */
  forget() {
    this.byNext = undefined;
  }

  nextOrder(): Int32Array {
    if (this.byNext) return this.byNext;
    const { n, alive, nextStart } = this.s;
    const SLOT = 2 ** 22;
    let order: Int32Array;
    if (n >= SLOT) {
      order = Int32Array.from({ length: n }, (_, i) => i).filter((i) => alive[i]);
      order.sort(this.before);
    } else {
      // One native sort of packed numbers (next meeting in minutes from a base, then the slot),
      // then each run of equal next meetings sorted by name: far fewer string comparisons.
      const advancedTo = this.s.advancedTo;
      const base = Math.floor(Number.isFinite(advancedTo) ? advancedTo : 0) - 1440;
      const keys = new Float64Array(n - this.s.dead);
      let k = 0;
      for (let slot = 0; slot < n; slot++) {
        if (!alive[slot]) continue;
        const next = nextStart[slot]!;
        const rel = Number.isFinite(next) ? Math.min(SLOT - 1, Math.max(0, next - base)) : SLOT - 1;
        keys[k++] = rel * SLOT + slot;
      }
      const live = keys.subarray(0, k).sort();
      order = new Int32Array(k);
      for (let i = 0; i < k; i++) order[i] = live[i]! % SLOT;
      for (let from = 0; from < k; ) {
        let to = from + 1;
        const next = nextStart[order[from]!];
        while (to < k && nextStart[order[to]!] === next) to++;
        if (to - from > 1) order.subarray(from, to).sort(this.before);
        from = to;
      }
    }
    this.setOrder(order);
    return order;
  }

  /**
   * The soonest-first order of one kind's listings: walking it for a therapy search skips the
   * support groups meeting sooner (therapy cohorts often start weeks ahead). Cut from the whole
   * order when it has changed.
   */
  kindOrder(kind: number): Int32Array {
    const order = this.nextOrder();
    if (this.kindOrdersOf !== order) {
      this.kindOrders = [];
      this.kindOrdersOf = order;
    }
    let cut = this.kindOrders[kind];
    if (!cut) {
      const kinds = this.s.kind;
      let n = 0;
      for (let i = 0; i < order.length; i++) if (kinds[order[i]!] === kind) n++;
      cut = new Int32Array(n);
      n = 0;
      for (let i = 0; i < order.length; i++) if (kinds[order[i]!] === kind) cut[n++] = order[i]!;
      this.kindOrders[kind] = cut;
    }
    return cut;
  }

  /** Each live slot's index in the soonest-first order, ties by name then id. */
  positions(): Int32Array {
    this.nextOrder();
    return this.orderPos;
  }

  private setOrder(order: Int32Array) {
    this.byNext = order;
    // The columns' length is the store's capacity in slots.
    const cap = this.s.alive.length;
    if (this.orderPos.length < cap) this.orderPos = new Int32Array(cap);
    for (let i = 0; i < order.length; i++) this.orderPos[order[i]!] = i;
  }

  /** Merge `moved` slots back in at their (new) next meetings, dropping dead ones. */
  reorder(moved: number[]) {
    const old = this.byNext;
    const { n, alive } = this.s;
    if (!old || moved.length === 0) return;
    if (moved.length > n / 8) {
      this.byNext = undefined;
      return;
    }
    moved.sort(this.before);
    const skip = new Uint8Array(n);
    for (const slot of moved) skip[slot] = 1;
    const out = new Int32Array(old.length + moved.length);
    let k = 0;
    let j = 0;
    for (let i = 0; i < old.length; i++) {
      const slot = old[i]!;
      if (!alive[slot] || skip[slot]) continue;
      while (j < moved.length && this.before(moved[j]!, slot) < 0) out[k++] = moved[j++]!;
      out[k++] = slot;
    }
    while (j < moved.length) out[k++] = moved[j++]!;
    this.setOrder(out.subarray(0, k));
  }
}
