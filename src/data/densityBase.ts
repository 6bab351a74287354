import type { EventIndex } from './model';
import { allDatesWindow } from './home';

/** Entries (buckets × rows) the finest level of the timeline's density pyramid may hold (about 4 MB an array). */
export const PYRAMID_ENTRIES = 2 ** 20;
/** The fewest entries a one-lane base has, however few its events. */
const MIN_ENTRIES = 2 ** 16;

/**
 * Entries of the one-lane base for this many events: four per event, between MIN_ENTRIES and PYRAMID_ENTRIES. Fewer
 * events turn to density only in wider views, so a coarser finest level serves them, and the views finer than it are
 * counted from their few events (exactly, as any grid). A search's answer carries its base from the data worker:
 * for 16,000 matches that is half a megabyte instead of eight, and the page has that much less to collect.
 */
export function densityEntries(events: number): number {
  return Math.min(PYRAMID_ENTRIES, Math.max(MIN_ENTRIES, 2 ** Math.ceil(Math.log2(Math.max(1, events * 4)))));
}

/**
 * The finest level of a density pyramid (timeline/core/densityPyramid.ts): for each row, how many events have their
 * first bucket in each bucket (`starts`) and how many their end bucket, the first one past them (`ends`), at
 * buckets of 2^base ms. It is the one pass over the events; every coarser level is summed from it.
 */
export interface DensityBase {
  /** log2 of the bucket width in ms. */
  base: number;
  /** Absolute bucket number of entry 0. */
  origin: number;
  /** Entries per row. */
  n: number;
  rows: number;
  starts: Float32Array;
  ends: Float32Array;
  /**
   * The same histograms COARSE_SHIFT levels up, when the builder made them (the data worker does): the first grid
   * of a wide view is then summed from these, a sixty-fourth of the entries, instead of from the base.
   */
  coarse?: Histograms;
}

/** Histograms of one level: how many events start, and end, in each bucket, row after row. */
export interface Histograms {
  /** Absolute bucket number of entry 0. */
  origin: number;
  /** Entries per row. */
  n: number;
  starts: Float32Array;
  ends: Float32Array;
}

/** How many levels above the base its coarse copy is (see DensityBase.coarse). */
export const COARSE_SHIFT = 6;

/**
 * The histograms k times coarser than `b` (k a power of two): input entry j is absolute bucket b.origin + j, which
 * starts in output bucket floor((b.origin + j) / k) and ends in ceil((b.origin + j) / k), exactly what halving level
 * by level gives. Each output bucket sums a run of input buckets, so the pass has no division in it.
 */
export function coarsen(b: Histograms, rows: number, k: number): Histograms {
  const origin = Math.floor(b.origin / k);
  // Input entry j is absolute bucket b.origin + j = origin * k + rem + j.
  const rem = b.origin - origin * k;
  const n = Math.ceil((rem + b.n) / k) + 1;
  const starts = new Float32Array(rows * n);
  const ends = new Float32Array(rows * n);
  const bs = b.starts;
  const be = b.ends;
  for (let r = 0; r < rows; r++) {
    const inRow = r * b.n;
    const row = r * n;
    // Starts: output o takes inputs j with floor((rem + j) / k) = o, i.e. j in [o k - rem, (o + 1) k - rem).
    // Ends: output o takes inputs j with ceil((rem + j) / k) = o, i.e. j in ((o - 1) k - rem, o k - rem].
    for (let o = 0; o < n; o++) {
      const s0 = Math.max(0, o * k - rem);
      const s1 = Math.min(b.n, (o + 1) * k - rem);
      let sum = 0;
      for (let j = s0; j < s1; j++) sum += bs[inRow + j]!;
      starts[row + o] = sum;
      const e0 = Math.max(0, (o - 1) * k - rem + 1);
      const e1 = Math.min(b.n, o * k - rem + 1);
      let end = 0;
      for (let j = e0; j < e1; j++) end += be[inRow + j]!;
      ends[row + o] = end;
    }
  }
  return { origin, n, starts, ends };
}

/** The base with its coarse copy (see DensityBase.coarse). */
export function withCoarse(b: DensityBase): DensityBase {
  return b.coarse ? b : { ...b, coarse: coarsen(b, b.rows, 2 ** COARSE_SHIFT) };
}

/** The buckets of a base level for the full window [from, to): finest that fits maxEntries, and aligned. */
function shape(rows: number, full: readonly [number, number], maxEntries: number) {
  const perRow = Math.max(16, Math.floor(maxEntries / rows));
  const base = Math.max(0, Math.ceil(Math.log2(Math.max(1, full[1] - full[0]) / (perRow - 4))));
  const inv = 2 ** -base;
  // Aligned so that dividing bucket numbers by a power of two maps them onto a coarser level's the same way everywhere.
  const origin = Math.floor(full[0] * inv) - 1;
  const n = Math.ceil(full[1] * inv) - origin + 2;
  return { base, inv, origin, n };
}

/** The base level for these rows (event positions), with each event's rows given by `rowsOf` (it returns how many). */
export function densityBase(
  events: Uint32Array,
  start: Float64Array,
  end: Float64Array,
  rowCount: number,
  rowsOf: (i: number, out: Int32Array) => number,
  full: readonly [number, number],
  maxEntries = densityEntries(events.length),
): DensityBase {
  const rows = Math.max(1, rowCount);
  const { base, inv, origin, n } = shape(rows, full, maxEntries);
  const starts = new Float32Array(rows * n);
  const ends = new Float32Array(rows * n);
  const buf = new Int32Array(64);
  for (let k = 0; k < events.length; k++) {
    const i = events[k]!;
    const a = Math.min(n - 1, Math.max(0, Math.floor(start[i]! * inv) - origin));
    const b = Math.min(n - 1, Math.max(a + 1, Math.ceil(end[i]! * inv) - origin));
    const m = rowsOf(i, buf);
    for (let j = 0; j < m; j++) {
      const row = buf[j]! * n;
      starts[row + a]! += 1;
      ends[row + b]! += 1;
    }
  }
  return { base, origin, n, rows, starts, ends };
}

/**
 * The rows of the timeline in one lane (the only layout that needs nothing but the events): one row, or, coloured by
 * theme, one per theme, each event counted under its first theme (none: not counted). Null for any other layout.
 */
export type OneLaneRows = 'one' | 'firstTheme';

/** How many rows a one-lane layout has. */
export function oneLaneRowCount(index: EventIndex, rows: OneLaneRows): number {
  return rows === 'one' ? 1 : index.themes.length;
}

/**
 * The base level of the one-lane timeline for these events over the full window (what the data worker sends, and
 * what the page builds when it has none): densityBase with the one-lane rows, written out without a call per event.
 */
export function oneLaneDensityBase(
  index: EventIndex,
  events: Uint32Array,
  rows: OneLaneRows,
  maxEntries = densityEntries(events.length),
): DensityBase {
  return oneLaneDensitySteps(index, events, rows, maxEntries)(Infinity)!;
}

/** Events counted between looks at the clock. */
const STEP_EVENTS = 16_384;

/**
 * oneLaneDensityBase in steps, for the page: each call counts events for about `budgetMs` and returns null, until
 * the call that finishes returns the base (the same one oneLaneDensityBase builds), with its coarse copy made in a
 * step of its own.
 */
export function oneLaneDensitySteps(
  index: EventIndex,
  events: Uint32Array,
  rows: OneLaneRows,
  maxEntries = densityEntries(events.length),
): (budgetMs: number) => DensityBase | null {
  const count = Math.max(1, oneLaneRowCount(index, rows));
  const { base, inv, origin, n } = shape(count, allDatesWindow(index.span), maxEntries);
  const starts = new Float32Array(count * n);
  const ends = new Float32Array(count * n);
  const { start, end, themeOffsets, themeIds } = index;
  const split = rows === 'firstTheme';
  let k = 0;
  let counted: DensityBase | null = null;
  return (budgetMs) => {
    const t0 = performance.now();
    while (k < events.length) {
      const stop = Math.min(events.length, k + STEP_EVENTS);
      for (; k < stop; k++) {
        const i = events[k]!;
        let row = 0;
        if (split) {
          const t = themeOffsets[i]!;
          if (t >= themeOffsets[i + 1]!) continue;
          row = themeIds[t]! * n;
        }
        const a = Math.min(n - 1, Math.max(0, Math.floor(start[i]! * inv) - origin));
        const b = Math.min(n - 1, Math.max(a + 1, Math.ceil(end[i]! * inv) - origin));
        starts[row + a]! += 1;
        ends[row + b]! += 1;
      }
      if (k < events.length && performance.now() - t0 >= budgetMs) return null;
    }
    // In steps (the page, for many events), the coarse copy too, in a step of its own; in one go, the base alone.
    if (budgetMs === Infinity) return { base, origin, n, rows: count, starts, ends };
    if (!counted) {
      counted = { base, origin, n, rows: count, starts, ends };
      return null;
    }
    return withCoarse(counted);
  };
}

/** A base built elsewhere (the data worker, with its search answer) for one set of events, and its layout. */
interface Shared {
  rows: OneLaneRows;
  base: DensityBase;
}

const shared = new WeakMap<Uint32Array, Shared>();

/** Registers the one-lane base the worker built for exactly these events, so the page does not count them again. */
export function shareDensityBase(events: Uint32Array, rows: OneLaneRows, base: DensityBase): void {
  shared.set(events, { rows, base });
}

/** The base registered for these events in this layout, if any. */
export function sharedDensityBase(events: Uint32Array, rows: OneLaneRows): DensityBase | null {
  const s = shared.get(events);
  return s && s.rows === rows ? s.base : null;
}
