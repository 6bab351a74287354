import { firstStartAtOrAfter, SHORT_MS, type VisibleIndex } from './visible';

/** Per-lane event counts at a power-of-two time resolution (Perfetto-style), covering a time range. */
export interface DensityGrid {
  /** log2 of the bucket width in ms. */
  level: number;
  /** Absolute bucket number of column 0: bucket b covers [b * 2^level, (b+1) * 2^level). */
  first: number;
  buckets: number;
  lanes: number;
  /** counts[lane * buckets + b]: events overlapping bucket b in that lane. */
  counts: Float32Array;
  /** Largest count in each lane. */
  max: Float32Array;
}

/** The power-of-two bucket level for a zoom: buckets no wider than a pixel, at most twice finer. */
export function densityLevel(msPerPx: number): number {
  return Math.floor(Math.log2(Math.max(1, msPerPx)));
}

/**
 * Counts the events overlapping each bucket in [from, to), per lane. Uses a difference array so that
 * a long event costs two writes, not one per bucket; the visible events are found by binary search.
 */
export function bucketDensity(
  v: VisibleIndex,
  level: number,
  from: number,
  to: number,
  laneCount: number,
  lanesOf: (i: number, out: Int32Array) => number,
): DensityGrid {
  const size = 2 ** level;
  const first = Math.floor(from / size);
  const buckets = Math.max(1, Math.ceil(to / size) - first);
  const diff = new Float32Array(laneCount * (buckets + 1));
  const laneBuf = new Int32Array(64);
  const add = (i: number) => {
    const a = Math.max(0, Math.floor(v.start[i]! / size) - first);
    const b = Math.min(buckets, Math.max(a + 1, Math.ceil(v.end[i]! / size) - first));
    const n = lanesOf(i, laneBuf);
    for (let j = 0; j < n; j++) {
      const row = laneBuf[j]! * (buckets + 1);
      diff[row + a]! += 1;
      diff[row + b]! -= 1;
    }
  };
  const longHead = firstStartAtOrAfter(v.long, v.start, from - SHORT_MS);
  for (let k = 0; k < longHead; k++) if (v.end[v.long[k]!]! > from) add(v.long[k]!);
  for (let k = firstStartAtOrAfter(v.filtered, v.start, from - SHORT_MS); k < v.filtered.length; k++) {
    const i = v.filtered[k]!;
    if (v.start[i]! >= to) break;
    if (v.end[i]! > from) add(i);
  }
  const counts = new Float32Array(laneCount * buckets);
  const max = new Float32Array(laneCount);
  for (let l = 0; l < laneCount; l++) {
    let run = 0;
    let m = 0;
    for (let b = 0; b < buckets; b++) {
      run += diff[l * (buckets + 1) + b]!;
      counts[l * buckets + b] = run;
      if (run > m) m = run;
    }
    max[l] = m;
  }
  return { level, first, buckets, lanes: laneCount, counts, max };
}

/** Largest count in lane `lane` among buckets overlapping [t0, t1). */
export function densityAt(g: DensityGrid, lane: number, t0: number, t1: number): number {
  const size = 2 ** g.level;
  const a = Math.max(0, Math.floor(t0 / size) - g.first);
  const b = Math.min(g.buckets, Math.ceil(t1 / size) - g.first);
  let m = 0;
  const row = lane * g.buckets;
  for (let k = a; k < b; k++) if (g.counts[row + k]! > m) m = g.counts[row + k]!;
  return m;
}

/** Events in [t0, t1) summed over the grid's rows (themes stacked in one lane). */
export function stackedAt(grid: DensityGrid, t0: number, t1: number): number {
  let sum = 0;
  for (let r = 0; r < grid.lanes; r++) sum += densityAt(grid, r, t0, t1);
  return sum;
}

/** How many octaves finer than the zoom a cached grid may be and still be drawn (a pixel takes the max of its buckets). */
export const REUSE_OCTAVES = 3;

/** True when a cached grid can draw [from, to) at `level`: it covers the range and is not coarser than a pixel. */
export function gridCovers(g: DensityGrid | null, level: number, from: number, to: number, lanes: number): boolean {
  if (!g || g.level > level || g.level < level - REUSE_OCTAVES || g.lanes !== lanes) return false;
  const size = 2 ** g.level;
  return g.first * size <= from && (g.first + g.buckets) * size >= to;
}
