import type { DensityGrid } from './density';
import type { VisibleIndex } from './visible';

/** Entries (buckets × lanes) the finest level may hold: it sets how fine the pyramid goes (about 4 MB an array). */
export const PYRAMID_ENTRIES = 2 ** 20;

interface Level {
  /** Absolute bucket number of entry 0. */
  origin: number;
  /** Entries per lane. */
  n: number;
  /** Events whose first bucket is this one, and events whose end bucket (first bucket past it) is this one. */
  starts: Float32Array;
  ends: Float32Array;
  /** Events overlapping each bucket (prefix sums of starts − ends), made when first asked for. */
  counts: Float32Array | null;
}

/**
 * Density at every power-of-two level at once, for one set of events and lanes (Perfetto's resolution buckets, as a
 * pyramid): the events are read once, at the finest level the memory allows, into two histograms (where each event
 * starts, where it ends); each coarser level is the pairwise sum of the one below, and its overlap counts are the
 * running sum of starts minus ends. A grid for a view is then a copy, not a pass over a million events. The counts are
 * exactly bucketDensity's, since an event's start and end buckets at one level are its buckets at the finer level
 * halved (rounded down and up).
 */
export class DensityPyramid {
  /** The finest level held; grids finer than this are not served (null). */
  readonly base: number;
  private readonly lanes: number;
  private readonly levels = new Map<number, Level>();

  constructor(v: VisibleIndex, laneCount: number, lanesOf: (i: number, out: Int32Array) => number, full: readonly [number, number], maxEntries = PYRAMID_ENTRIES) {
    this.lanes = Math.max(1, laneCount);
    const perLane = Math.max(16, Math.floor(maxEntries / this.lanes));
    this.base = Math.max(0, Math.ceil(Math.log2(Math.max(1, full[1] - full[0]) / (perLane - 4))));
    const inv = 2 ** -this.base;
    // Aligned so that halving bucket numbers maps children onto parents the same way at every level.
    const origin = Math.floor(full[0] * inv) - 1;
    const n = Math.ceil(full[1] * inv) - origin + 2;
    const starts = new Float32Array(this.lanes * n);
    const ends = new Float32Array(this.lanes * n);
    const laneBuf = new Int32Array(64);
    const { start, end, filtered } = v;
    for (let k = 0; k < filtered.length; k++) {
      const i = filtered[k]!;
      const a = Math.min(n - 1, Math.max(0, Math.floor(start[i]! * inv) - origin));
      const b = Math.min(n - 1, Math.max(a + 1, Math.ceil(end[i]! * inv) - origin));
      const m = lanesOf(i, laneBuf);
      for (let j = 0; j < m; j++) {
        const row = laneBuf[j]! * n;
        starts[row + a]! += 1;
        ends[row + b]! += 1;
      }
    }
    this.levels.set(this.base, { origin, n, starts, ends, counts: null });
  }

  private level(l: number): Level {
    let lv = this.levels.get(l);
    if (lv) return lv;
    const child = this.level(l - 1);
    const origin = Math.floor(child.origin / 2);
    const n = Math.ceil((child.origin + child.n) / 2) - origin + 1;
    const starts = new Float32Array(this.lanes * n);
    const ends = new Float32Array(this.lanes * n);
    for (let r = 0; r < this.lanes; r++) {
      const cRow = r * child.n;
      const row = r * n;
      for (let j = 0; j < child.n; j++) {
        const abs = child.origin + j;
        starts[row + Math.floor(abs / 2) - origin]! += child.starts[cRow + j]!;
        ends[row + Math.ceil(abs / 2) - origin]! += child.ends[cRow + j]!;
      }
    }
    lv = { origin, n, starts, ends, counts: null };
    this.levels.set(l, lv);
    return lv;
  }

  private counts(lv: Level): Float32Array {
    if (!lv.counts) {
      const c = new Float32Array(this.lanes * lv.n);
      for (let r = 0; r < this.lanes; r++) {
        let run = 0;
        for (let j = 0; j < lv.n; j++) {
          const k = r * lv.n + j;
          run += lv.starts[k]! - lv.ends[k]!;
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
