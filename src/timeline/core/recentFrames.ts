import type { Frame } from './frame';
import type { TimeScale } from './timeScale';
import { sameArgs } from './memo';

/** How many laid-out views of single marks are kept. */
const KEEP = 4;
/** Windows closer than this share of their span are the same view (a zoom in and back out lands a rounding away). */
const SAME_VIEW = 1e-6;

interface Entry {
  inputs: readonly unknown[];
  from: number;
  to: number;
  width: number;
  frame: Frame;
}

/**
 * The last few views of single marks, for the same data, size and scroll: zooming in and back out over the same
 * point comes back to a view already laid out (its stacking and titles cost several ms at a million events), and
 * d3-zoom's round trip gives the same window up to rounding, never exactly.
 */
export class RecentFrames {
  private entries: Entry[] = [];

  get(inputs: readonly unknown[], s: TimeScale): Frame | null {
    const tol = SAME_VIEW * (s.to - s.from);
    const hit = this.entries.find(
      (e) =>
        e.width === s.width &&
        Math.abs(e.from - s.from) <= tol &&
        Math.abs(e.to - s.to) <= tol &&
        sameArgs(e.inputs, inputs),
    );
    return hit?.frame ?? null;
  }

  /** Keeps `frame` for this view; views of other data, sizes or scrolls are let go (they hold their data alive). */
  put(inputs: readonly unknown[], s: TimeScale, frame: Frame) {
    const same = this.entries.filter((e) => sameArgs(e.inputs, inputs));
    this.entries = [{ inputs, from: s.from, to: s.to, width: s.width, frame }, ...same].slice(0, KEEP);
  }
}
