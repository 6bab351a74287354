import { DAY_MS } from '../../data/model';

/** Events up to this long are found by binary search on start; longer ones are kept in a side list. */
export const SHORT_MS = 32 * DAY_MS;

/** Filtered events split for fast window queries; built once per filter change. */
export interface VisibleIndex {
  /** Filtered positions in time order. */
  filtered: Uint32Array;
  /** Filtered positions of events longer than SHORT_MS, in time order. */
  long: Uint32Array;
  start: Float64Array;
  end: Float64Array;
}

export function buildVisibleIndex(filtered: Uint32Array, start: Float64Array, end: Float64Array): VisibleIndex {
  let n = 0;
  const tmp = new Uint32Array(filtered.length);
  for (let k = 0; k < filtered.length; k++) {
    const i = filtered[k]!;
    if (end[i]! - start[i]! > SHORT_MS) tmp[n++] = i;
  }
  return { filtered, long: tmp.slice(0, n), start, end };
}

/** First k in list with start[list[k]] >= t (list sorted by start). */
export function lowerBound(list: Uint32Array, start: Float64Array, t: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[list[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A cheap upper bound on how many events overlap [from, to), without visiting them. */
export function estimateVisible(v: VisibleIndex, from: number, to: number): number {
  const a = lowerBound(v.filtered, v.start, from - SHORT_MS);
  const b = lowerBound(v.filtered, v.start, to, a);
  return b - a + lowerBound(v.long, v.start, from - SHORT_MS);
}

/**
 * Writes the events overlapping [from, to) into `out` in time order and returns how many
 * (at most out.length). Binary search on start, plus the short side list of long events.
 */
export function collectVisible(v: VisibleIndex, from: number, to: number, out: Uint32Array): number {
  let n = 0;
  const { start, end } = v;
  const longHead = lowerBound(v.long, start, from - SHORT_MS);
  for (let k = 0; k < longHead && n < out.length; k++) {
    const i = v.long[k]!;
    if (end[i]! > from) out[n++] = i;
  }
  const a = lowerBound(v.filtered, start, from - SHORT_MS);
  for (let k = a; k < v.filtered.length && n < out.length; k++) {
    const i = v.filtered[k]!;
    if (start[i]! >= to) break;
    if (end[i]! > from) out[n++] = i;
  }
  return n;
}
