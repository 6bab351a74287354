import { DAY_MS } from '../lib/days';
import { partitionPoint } from '../lib/bisect';

/**
 * THE answer to "which events overlap the window [from, to)" (start < to and end > from), for the timeline, its edge
 * hints, the facet counts and the list. Events are held in time order (by start), so the short ones overlapping a
 * window are one binary search and a short scan; the few events longer than SHORT_MS sit in a side list.
 * Built once per set of rows (all events, or the filtered ones) and shared: see `overlapIndex`.
 */
export const SHORT_MS = 32 * DAY_MS;

export interface OverlapIndex {
  /** Event positions in time order (ascending start). */
  filtered: Uint32Array;
  /** Those longer than SHORT_MS, in time order. */
  long: Uint32Array;
  start: Float64Array;
  end: Float64Array;
}

export function buildOverlapIndex(rows: Uint32Array, start: Float64Array, end: Float64Array): OverlapIndex {
  let n = 0;
  const tmp = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (end[i]! - start[i]! > SHORT_MS) tmp[n++] = i;
  }
  return { filtered: rows, long: tmp.slice(0, n), start, end };
}

const shared = new WeakMap<Uint32Array, WeakMap<Float64Array, OverlapIndex>>();

/** The overlap index of these rows over these columns, built once and shared by everyone who asks for the same rows. */
export function overlapIndex(rows: Uint32Array, start: Float64Array, end: Float64Array): OverlapIndex {
  let byStart = shared.get(rows);
  if (!byStart) shared.set(rows, (byStart = new WeakMap()));
  let ix = byStart.get(start);
  if (!ix || ix.end !== end) byStart.set(start, (ix = buildOverlapIndex(rows, start, end)));
  return ix;
}

/** Registers an overlap index whose long side list was built elsewhere (the worker), so nobody scans the rows again. */
export function shareOverlapIndex(rows: Uint32Array, start: Float64Array, end: Float64Array, long: Uint32Array): void {
  let byStart = shared.get(rows);
  if (!byStart) shared.set(rows, (byStart = new WeakMap()));
  byStart.set(start, { filtered: rows, long, start, end });
}

/** First k in list with start[list[k]] >= t (list sorted by start). */
export function firstStartAtOrAfter(
  list: Uint32Array,
  start: Float64Array,
  t: number,
  lo = 0,
  hi = list.length,
): number {
  return partitionPoint(lo, hi, (k) => start[list[k]!]! < t);
}

/** A cheap upper bound on how many events overlap [from, to), without visiting them. */
export function estimateOverlapping(v: OverlapIndex, from: number, to: number): number {
  const a = firstStartAtOrAfter(v.filtered, v.start, from - SHORT_MS);
  const b = firstStartAtOrAfter(v.filtered, v.start, to, a);
  return b - a + firstStartAtOrAfter(v.long, v.start, from - SHORT_MS);
}

/**
 * Calls visit(i) for each event overlapping [from, to): first the long events that started well before the window
 * (in time order), then, in time order, those starting near or in it. Stops early when visit returns false.
 */
export function forEachOverlapping(
  v: OverlapIndex,
  from: number,
  to: number,
  visit: (i: number) => boolean | void,
): void {
  const { start, end } = v;
  const early = from - SHORT_MS;
  const longHead = firstStartAtOrAfter(v.long, start, early);
  for (let k = 0; k < longHead; k++) {
    const i = v.long[k]!;
    if (start[i]! < to && end[i]! > from && visit(i) === false) return;
  }
  for (let k = firstStartAtOrAfter(v.filtered, start, early); k < v.filtered.length; k++) {
    const i = v.filtered[k]!;
    if (start[i]! >= to) break;
    if (end[i]! > from && visit(i) === false) return;
  }
}

/** Writes the events overlapping [from, to) into `out` (see forEachOverlapping for the order); returns how many (at most out.length). */
export function collectOverlapping(v: OverlapIndex, from: number, to: number, out: Uint32Array): number {
  let n = 0;
  if (out.length === 0) return 0;
  forEachOverlapping(v, from, to, (i) => {
    out[n++] = i;
    return n < out.length;
  });
  return n;
}

/** How many events overlap [from, to). */
export function countOverlapping(v: OverlapIndex, from: number, to: number): number {
  let n = 0;
  forEachOverlapping(v, from, to, () => {
    n++;
  });
  return n;
}
