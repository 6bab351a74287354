import { coarsen, COARSE_SHIFT, densityBase, type DensityBase, type OneLaneRows } from '../../data/densityBase';
import type { LaneMode } from '../../state/viewState';
import type { DensityGrid } from './density';
import type { VisibleIndex } from './visible';

/** Levels are warmed up to the first with this few entries per lane (a whole timeline a few pixels wide). */
const TOP_ENTRIES = 16;

interface Level {
  /** Absolute bucket number of entry 0. */
  origin: number;
  /** Entries per lane. */
  n: number;
  /** Events whose first bucket is this one, and events whose end bucket (first bucket past it) is this one. */
  starts: Float32Array | null;
  ends: Float32Array | null;
  /** Events overlapping each bucket (prefix sums of starts − ends), made when first asked for. */
  counts: Float32Array | null;
}

/**
 * Density at every power-of-two level at once, for one set of events and lanes (Perfetto's resolution buckets, as a
 * pyramid): the events are read once, at the finest level the memory allows, into two histograms (where each event
 * starts, where it ends: data/densityBase.ts, which the data worker can build with its search answer); each coarser
 * level is summed from those, and its overlap counts are the running sum of starts minus ends. A grid for a view is
 * then a copy, not a pass over a million events. The counts are exactly bucketDensity's, since an event's start and
 * end buckets at a coarser level are its base buckets divided by a power of two (rounded down and up).
 */
export class DensityPyramid {
  /** The finest level held; grids finer than this are not served (null). */
  readonly base: number;
  private readonly lanes: number;
  private readonly levels = new Map<number, Level>();

  /** A pyramid over a base level built elsewhere (the worker) or by `DensityPyramid.of`. */
  constructor(b: DensityBase) {
    this.base = b.base;
    this.lanes = b.rows;
    this.levels.set(b.base, { origin: b.origin, n: b.n, starts: b.starts, ends: b.ends, counts: null });
    if (b.coarse) this.levels.set(b.base + COARSE_SHIFT, { ...b.coarse, counts: null });
  }

  /** The pyramid of these events in these lanes over the full window (one pass over them). */
  static of(
    v: VisibleIndex,
    laneCount: number,
    lanesOf: (i: number, out: Int32Array) => number,
    full: readonly [number, number],
    maxEntries?: number,
  ): DensityPyramid {
    return new DensityPyramid(densityBase(v.filtered, v.start, v.end, laneCount, lanesOf, full, maxEntries));
  }

  /**
   * Level l, summed from the finest held level below it that still has its histograms (the base at least): an
   * event's first bucket at level l is its bucket there divided by 2^(l - m) rounded down, its end bucket the same
   * rounded up, exactly what halving level by level gives. Each output bucket sums a run of input buckets, so the
   * pass has no division in it.
   */
  private level(l: number): Level {
    let lv = this.levels.get(l);
    if (lv) return lv;
    let m = this.base;
    for (const [at, held] of this.levels) if (at < l && at > m && held.starts) m = at;
    const from = this.levels.get(m)!;
    lv = {
      ...coarsen({ origin: from.origin, n: from.n, starts: from.starts!, ends: from.ends! }, this.lanes, 2 ** (l - m)),
      counts: null,
    };
    this.levels.set(l, lv);
    return lv;
  }

  /**
   * One step of the work a zoom would otherwise do in its frame: the next coarser level above the base that is not yet
   * held, with its counts, summed from the one below it (so the whole pyramid costs about two passes over the base).
   * A level's histograms are let go once the level above it exists; its counts stay. False when nothing is left.
   */
  warm(): boolean {
    let l = this.base;
    while (this.levels.get(l)?.counts && this.levels.has(l + 1)) l++;
    const lv = this.levels.get(l);
    if (!lv) return false;
    if (!lv.counts) {
      this.counts(lv);
      return true;
    }
    if (lv.n <= TOP_ENTRIES) return false;
    if (!lv.starts) return false;
    const up: Level = {
      ...coarsen({ origin: lv.origin, n: lv.n, starts: lv.starts, ends: lv.ends! }, this.lanes, 2),
      counts: null,
    };
    this.levels.set(l + 1, up);
    if (l !== this.base) {
      lv.starts = null;
      lv.ends = null;
    }
    return true;
  }

  private counts(lv: Level): Float32Array {
    if (!lv.counts) {
      const c = new Float32Array(this.lanes * lv.n);
      for (let r = 0; r < this.lanes; r++) {
        let run = 0;
        for (let j = 0; j < lv.n; j++) {
          const k = r * lv.n + j;
          run += lv.starts![k]! - lv.ends![k]!;
          c[k] = run;
        }
      }
      lv.counts = c;
    }
    return lv.counts;
  }

  /** The grid bucketDensity would build for [from, to) at `level`, or null when that level is finer than the base. */
  grid(level: number, from: number, to: number): DensityGrid | null {
    if (level < this.base) return null;
    const lv = this.level(level);
    const c = this.counts(lv);
    const size = 2 ** level;
    const first = Math.floor(from / size);
    const buckets = Math.max(1, Math.ceil(to / size) - first);
    const counts = new Float32Array(this.lanes * buckets);
    const max = new Float32Array(this.lanes);
    // Where the range and the level's entries meet; outside them no event lies (the level spans the full window).
    const lo = Math.max(0, lv.origin - first);
    const hi = Math.min(buckets, lv.origin + lv.n - first);
    for (let r = 0; r < this.lanes; r++) {
      let m = 0;
      for (let b = lo; b < hi; b++) {
        const v = c[r * lv.n + first + b - lv.origin]!;
        counts[r * buckets + b] = v;
        if (v > m) m = v;
      }
      max[r] = m;
    }
    return { level, first, buckets, lanes: this.lanes, counts, max };
  }
}

/** The one-lane layout the frame draws for a lane mode and theme split (see layoutUnselected), or null for lanes. */
export function oneLaneRows(mode: LaneMode, splitByTheme: boolean): OneLaneRows | null {
  return mode !== 'single' ? null : splitByTheme ? 'firstTheme' : 'one';
}
