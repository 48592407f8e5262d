/**
 * The growable lists and the small cache the search read-model (ADR 14, ADR 16) is built from.
 */

/** The list under `key`, made empty if there is none yet. */
export function listFor<K>(map: Map<K, IntList>, key: K, capacity = 8): IntList {
  const found = map.get(key);
  if (found) return found;
  const list = new IntList(capacity);
  map.set(key, list);
  return list;
}

/** A growable list of 32-bit integers. */
export class IntList {
  a: Int32Array;
  n = 0;
  constructor(capacity = 8) {
    this.a = new Int32Array(capacity);
  }
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  view(): Int32Array {
    return this.a.subarray(0, this.n);
  }
}

/**
 * A map that keeps its `size` most recently used entries: a Map keeps insertion order, so a
 * hit is moved to the end and the first entry is the one let go.
 */
export class Lru<K, V> {
  private entries = new Map<K, V>();
  constructor(readonly size: number) {}
  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }
  set(key: K, value: V) {
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

/**
 * Places as sin(lat), cos(lat), sin(lon), cos(lon), four numbers per entry: a radius search
 * reads them in step with a cell's slots, sequentially, and measures with no trigonometry.
 */
export class GeoList {
  a = new Float64Array(64);
  n = 0;
  push(lat: number, lon: number) {
    if (this.n + 4 > this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    const RAD = Math.PI / 180;
    this.a[this.n++] = Math.sin(lat * RAD);
    this.a[this.n++] = Math.cos(lat * RAD);
    this.a[this.n++] = Math.sin(lon * RAD);
    this.a[this.n++] = Math.cos(lon * RAD);
  }
}
