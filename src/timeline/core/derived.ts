import type { EventIndex } from '../../data/model';
import { homeWindow } from '../../data/home';
import { placeMask } from '../../data/placeFilter';
import { oneLaneDensityBase, sharedDensityBase } from '../../data/densityBase';
import type { LaneMode } from '../../state/viewState';
import type { TimeWindow } from '../../lib/timeWindow';
import { overviewCounts } from '../draw/overview';
import { densityLevel, gridCovers, type DensityGrid } from './density';
import { DensityPyramid, oneLaneRows } from './densityPyramid';
import {
  layoutSteps,
  layoutUnselected,
  showsMarks,
  withSelected,
  type DensitySource,
  type Frame,
  type FrameInput,
} from './frame';
import { buildLanes, type LaneSet } from './lanes';
import { fullWindow } from './limits';
import { memo, sameArgs } from './memo';
import { stepUntil, type Steps } from '../../lib/steps';
import { RecentFrames } from './recentFrames';
import { TimeScale } from './timeScale';
import { buildVisibleIndex, type VisibleIndex } from './visible';

/**
 * The last density grid built for one set of inputs, reused while it still covers the view (see gridCovers), and the
 * pyramid that makes a new one a copy (built at the first dense view).
 */
interface GridSlot {
  grid: DensityGrid | null;
  density: DensitySource;
  /** One idle step of building the pyramid's levels ahead of the zoom that needs them; false when none is left. */
  warm(): boolean;
}

/**
 * The timeline's derived data, each a memoised function of its inputs (compared by identity), for one engine:
 * computed lazily, once per change of what it depends on, and shared by the canvas pass, the DOM pass and input.
 * A search keystroke rebuilds the visible index and the lanes at most; the overview is counted only when it is
 * drawn, and the density grid only when the view is dense.
 */
export function createDerived() {
  const full = memo((index: EventIndex): TimeWindow => fullWindow(index.span));
  const vis = memo((index: EventIndex, filtered: Uint32Array): VisibleIndex =>
    buildVisibleIndex(filtered, index.start, index.end),
  );
  const lanes = memo((index: EventIndex, filtered: Uint32Array, mode: LaneMode): LaneSet =>
    buildLanes(index, filtered, mode),
  );
  const overview = memo((index: EventIndex, filtered: Uint32Array, w: TimeWindow, columns: number) =>
    overviewCounts(index.start, index.end, filtered, w, columns),
  );
  // A new slot (an empty cache) for each new set of events, lanes or theme split; the arguments are only its key.
  const gridSlot = memo((index: EventIndex, v: VisibleIndex, l: LaneSet, split: boolean): GridSlot => {
    let pyramid: DensityPyramid | null = null;
    // The data worker sends the one-lane base with a search's answer; without one, or in lanes, it is counted here.
    const make = (rows: number, lanesOf: (i: number, out: Int32Array) => number) => {
      const kind = oneLaneRows(l.mode, split);
      if (!kind) return DensityPyramid.of(v, rows, lanesOf, full(index));
      const shared = sharedDensityBase(v.filtered, kind);
      return new DensityPyramid(
        shared && shared.rows === Math.max(1, rows) ? shared : oneLaneDensityBase(index, v.filtered, kind),
      );
    };
    return {
      grid: null,
      density: (level, from, to, rows, lanesOf) => (pyramid ??= make(rows, lanesOf)).grid(level, from, to),
      warm: () => pyramid?.warm() ?? false,
    };
  });
  let current: GridSlot | null = null;
  /** The last frame laid out, when it was density: what prefetch zooms in from. */
  let last: { input: FrameInput; slot: GridSlot } | null = null;
  /** The last few views of single marks (see RecentFrames). */
  const recent = new RecentFrames();
  const scale = memo((from: number, to: number, width: number) => new TimeScale(from, to, width));
  const places = memo((index: EventIndex, place: string | null) => (place ? placeMask(index, [place]) : null));
  const indexOf = memo((index: EventIndex, id: string | null) => (id ? index.indexOf(id) : -1));
  /** The last view laid out, and the layout under way for a view not yet laid out (see frameBy). */
  let laid: { key: readonly unknown[]; frame: Frame } | null = null;
  let job: { key: readonly unknown[]; steps: Steps<Frame>; input: FrameInput } | null = null;
  /**
   * The frame for these inputs, laid out once per view, size, scroll and data: at once, or (with `until`) as far as
   * the clock allows, going on where the last call stopped; undefined while unfinished.
   */
  const layout = (i: FrameInput & { splitByTheme: boolean }, until = Infinity): Frame | undefined => {
    const { index, vis: v, lanes: l, scale: s, viewHeight, scrollY, splitByTheme: split, labelWidth } = i;
    const key = [index, v, l, s, viewHeight, scrollY, split, labelWidth] as const;
    if (laid && sameArgs(laid.key, key)) return laid.frame;
    const slot = gridSlot(index, v, l, split);
    current = slot;
    const same = [index, v, l, viewHeight, scrollY, split, labelWidth] as const;
    const kept = recent.get(same, s);
    if (kept) {
      last = null;
      job = null;
      laid = { key, frame: kept };
      return kept;
    }
    if (!job || !sameArgs(job.key, key)) {
      const input: FrameInput = {
        index,
        vis: v,
        lanes: l,
        scale: s,
        viewHeight,
        scrollY,
        labelWidth,
        splitByTheme: split,
        density: slot.density,
      };
      job = { key, steps: layoutSteps(input, slot.grid), input };
    }
    const f = stepUntil(job.steps, until);
    if (!f) return undefined;
    const { input } = job;
    job = null;
    if (f.grid) slot.grid = f.grid;
    last = f.mode === 'density' ? { input, slot } : null;
    if (f.mode === 'marks') recent.put(same, s, f);
    laid = { key, frame: f };
    return f;
  };
  // The selection is pinned on top of the cached layout: keyed by that layout and the selected event alone.
  let pin: { base: Frame; sel: number; frame: Frame } | null = null;
  const pinned = (base: Frame, input: FrameInput & { selected: number }): Frame => {
    if (input.selected < 0) return base;
    if (!pin || pin.base !== base || pin.sel !== input.selected)
      pin = { base, sel: input.selected, frame: withSelected(base, input) };
    return pin.frame;
  };
  return {
    full,
    home: (index: EventIndex): TimeWindow => homeWindow(index),
    vis,
    lanes,
    overview,
    scale,
    places,
    indexOf,
    /** One idle step of work ahead of the next zooms (the density levels of the last frame's events); false when done. */
    warm: (): boolean => current?.warm() ?? false,
    /**
     * Ahead of a zoom in from the last (dense) frame: lays out the view half as wide, which counts its density grid
     * if no pyramid level serves it (zoomed in past the finest), and keeps that grid for the frames to come. The
     * grid spans the last view too, at a level it may be drawn at, so it serves either. False when nothing was done.
     */
    prefetch(): boolean {
      const at = last;
      last = null;
      if (!at) return false;
      const { input, slot } = at;
      const s = input.scale;
      const quarter = (s.to - s.from) / 4;
      const half = { ...input, scale: new TimeScale(s.from + quarter, s.to - quarter, s.width) };
      if (showsMarks(half)) return false;
      const f = layoutUnselected(half, slot.grid);
      if (!f.grid || f.grid === slot.grid) return false;
      const rows = f.grid.lanes;
      if (gridCovers(f.grid, densityLevel(s.msPerPx), s.from, s.to, rows)) slot.grid = f.grid;
      return true;
    },
    /** The frame for these inputs: laid out once per view, size, scroll and data; the selection is pinned on top. */
    frame(input: FrameInput & { splitByTheme: boolean; selected: number }): Frame {
      return pinned(layout(input)!, input);
    },
    /**
     * The frame for these inputs if its layout is done by `until` (a clock time), else null: the layout goes on where
     * it stopped at the next call for the same inputs, so a view of thousands of new marks is laid out over frames.
     */
    frameBy(input: FrameInput & { splitByTheme: boolean; selected: number }, until: number): Frame | null {
      const base = layout(input, until);
      return base ? pinned(base, input) : null;
    },
  };
}

export type Derived = ReturnType<typeof createDerived>;
