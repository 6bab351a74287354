import type { EventIndex } from '../../data/model';
import { homeWindow } from '../../data/home';
import { placeMask } from '../../data/placeFilter';
import { oneLaneDensityBase, sharedDensityBase } from '../../data/densityBase';
import type { LaneMode } from '../../state/viewState';
import type { TimeWindow } from '../../lib/timeWindow';
import { overviewCounts } from '../draw/overview';
import type { DensityGrid } from './density';
import { DensityPyramid, oneLaneRows } from './densityPyramid';
import { layoutUnselected, withSelected, type DensitySource, type Frame, type FrameInput } from './frame';
import { buildLanes, type LaneSet } from './lanes';
import { fullWindow } from './limits';
import { memo } from './memo';
import { TimeScale } from './timeScale';
import { buildVisibleIndex, type VisibleIndex } from './visible';

/**
 * The last density grid built for one set of inputs, reused while it still covers the view (see gridCovers), and the
 * pyramid that makes a new one a copy (built at the first dense view).
 */
interface GridSlot {
  grid: DensityGrid | null;
  density: DensitySource;
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
    };
  });
  const scale = memo((from: number, to: number, width: number) => new TimeScale(from, to, width));
  const places = memo((index: EventIndex, place: string | null) => (place ? placeMask(index, [place]) : null));
  const indexOf = memo((index: EventIndex, id: string | null) => (id ? index.indexOf(id) : -1));
  const layout = memo(
    (
      index: EventIndex,
      v: VisibleIndex,
      l: LaneSet,
      s: TimeScale,
      viewHeight: number,
      scrollY: number,
      split: boolean,
      labelWidth: (i: number) => number,
    ): Frame => {
      const slot = gridSlot(index, v, l, split);
      const f = layoutUnselected(
        {
          index,
          vis: v,
          lanes: l,
          scale: s,
          viewHeight,
          scrollY,
          labelWidth,
          splitByTheme: split,
          density: slot.density,
        },
        slot.grid,
      );
      if (f.grid) slot.grid = f.grid;
      return f;
    },
  );
  // The selection is pinned on top of the cached layout: keyed by that layout and the selected event alone.
  let pin: { base: Frame; sel: number; frame: Frame } | null = null;
  return {
    full,
    home: (index: EventIndex): TimeWindow => homeWindow(index),
    vis,
    lanes,
    overview,
    scale,
    places,
    indexOf,
    /** The frame for these inputs: laid out once per view, size, scroll and data; the selection is pinned on top. */
    frame(input: FrameInput & { splitByTheme: boolean; selected: number }): Frame {
      const base = layout(
        input.index,
        input.vis,
        input.lanes,
        input.scale,
        input.viewHeight,
        input.scrollY,
        input.splitByTheme,
        input.labelWidth,
      );
      if (input.selected < 0) return base;
      if (!pin || pin.base !== base || pin.sel !== input.selected)
        pin = { base, sel: input.selected, frame: withSelected(base, input) };
      return pin.frame;
    },
  };
}

export type Derived = ReturnType<typeof createDerived>;
