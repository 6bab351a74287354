import type { EventIndex } from '../../data/model';
import { DAY_MS } from '../../lib/days';
import { BADGE_STRIP, LANE_HEADER, laneGeometry, lanesOfEvent, ROW_H, type LaneSet } from './lanes';
import { MIN_LABEL, stackSteps, type Badge, type MarkInput, type PlacedMark } from './stacking';
import { finish, type Steps } from '../../lib/steps';
import { bucketDensity, densityLevel, gridCovers, type DensityGrid } from './density';
import { collectVisible, estimateVisible, type VisibleIndex } from './visible';
import type { TimeScale } from './timeScale';
import { fullWindow } from './limits';
import type { FrameGeometry } from './hitTest';
import { FLAG_W, POINT_R } from '../draw/shapes';

/** Above this many events in view, the timeline draws per-pixel density instead of single marks. */
export const MARK_LIMIT = 2500;
/** Above this many events in view, short or wide, density too. */
export const MAX_VISIBLE = 4 * MARK_LIMIT;
/** Room a title reserves while stacking; a longer title then grows into free room in its row (see stackMarks). */
export const MAX_LABEL_W = 220;
/** Padding of a title inside a wide bar. */
export const INSET = 5;

export interface FrameInput {
  index: EventIndex;
  vis: VisibleIndex;
  lanes: LaneSet;
  scale: TimeScale;
  viewHeight: number;
  scrollY: number;
  /** Width of event i's title in pixels (cached by the caller). */
  labelWidth(i: number): number;
  /** In one lane coloured by theme, density is counted per theme so it can be stacked in theme colours. */
  splitByTheme?: boolean;
  /** The selected event when it passes the filters (else -1): always drawn as its own mark, never only counted in a badge. */
  selected?: number;
  /** Where density grids come from when the cached one does not cover the view (a pyramid); bucketDensity by default. */
  density?: DensitySource;
}

/** Builds the density grid for a level and range, or returns null to leave it to bucketDensity. */
export type DensitySource = (
  level: number,
  from: number,
  to: number,
  rows: number,
  lanesOf: (i: number, out: Int32Array) => number,
) => DensityGrid | null;

export interface Frame {
  mode: 'marks' | 'density';
  geometry: FrameGeometry;
  rows: number;
  totalHeight: number;
  visibleCount: number;
  /** Single marks; in density mode only the selected event's (pinned). */
  placed: PlacedMark[];
  badges: Badge[];
  grid: DensityGrid | null;
}

/** Title width stacking reserves for event i: its text, after a flag glyph when it is flagged. */
function titleWidth(f: FrameInput, i: number): number {
  return f.labelWidth(i) + (f.index.flags[i] ? FLAG_W : 0);
}

/** The mark input of event i in each of its lanes. */
function markInputs(f: FrameInput, i: number, out: MarkInput[]) {
  const { index, lanes, scale } = f;
  const [x0, x1] = markExtent(index, scale, i);
  // A bar over a third of the view is context: it is titled inside itself, where it is visible.
  // Its title is measured only if it gets a row (when drawn), so thousands of spans cost no text layout.
  const wide = x1 - x0 > scale.width / 3;
  const inside = Math.min(x1, scale.width) - Math.max(x0, 0) - 2 * INSET;
  const edge = scale.width - x1 - 6;
  const room = wide ? inside : Math.min(MAX_LABEL_W, edge);
  const titleW = room < MIN_LABEL ? 0 : wide ? room : Math.min(edge, titleWidth(f, i));
  const labelW = Math.min(room, titleW);
  const ln = lanesOfEvent(index, lanes, i, laneBuf);
  for (let j = 0; j < ln; j++) out.push({ ev: i, lane: laneBuf[j]!, x0, x1, labelW, titleW, wide });
}

/**
 * The selected event, when it found no row (it would only be counted in a badge, or the view is density):
 * drawn anyway as its own mark over the last row of each of its lanes, so no stand-in (such as a line at
 * the middle of its window) is ever needed. Nothing else moves, so the layout without it is reused as it is.
 */
export function withSelected(frame: Frame, f: FrameInput): Frame {
  const sel = f.selected ?? -1;
  if (sel < 0 || sel >= f.index.count) return frame;
  if (f.index.end[sel]! <= f.scale.from || f.index.start[sel]! >= f.scale.to) return frame;
  if (frame.placed.some((m) => m.ev === sel)) return frame;
  const own: MarkInput[] = [];
  markInputs(f, sel, own);
  if (own.length === 0) return frame;
  const pins = own.map((m) => ({ ...m, row: frame.rows - 1, labelRoom: m.labelW, pinned: true }));
  return { ...frame, placed: [...frame.placed, ...pins] };
}

/** True for an event known to the day: drawn as a point, never as a bar. */
export function isPoint(index: EventIndex, i: number): boolean {
  return index.precision[i] === 0 && index.end[i]! - index.start[i]! <= DAY_MS;
}

/** Pixel extent of event i's mark: a point at the middle of its day, or a bar over its interval. */
export function markExtent(index: EventIndex, scale: TimeScale, i: number): [number, number] {
  if (isPoint(index, i)) {
    const cx = scale.toPx(index.start[i]! + DAY_MS / 2);
    return [cx - POINT_R, cx + POINT_R];
  }
  const x0 = scale.toPx(index.start[i]!);
  return [x0, Math.max(scale.toPx(index.end[i]!), x0 + 2 * POINT_R)];
}

const visBuf = new Uint32Array(MAX_VISIBLE + 1);
const laneBuf = new Int32Array(64);

function firstTheme(index: EventIndex, i: number, out: Int32Array): number {
  const a = index.themeOffsets[i]!;
  if (a >= index.themeOffsets[i + 1]!) return 0;
  out[0] = index.themeIds[a]!;
  return 1;
}

/** Cells a counted density grid may hold (rows times buckets). */
const COUNTED_CELLS = 1 << 20;

/**
 * The level to count a grid at when no pyramid serves it (zoomed in past the pyramid's finest level): two octaves
 * finer than needed where COUNTED_CELLS allows, else one (as a pyramid grid is). The grid spans three view widths, so
 * it serves the next two octaves of zooming in and the first of zooming out without counting the events again.
 */
function countedLevel(level: number, span: number, rows: number): number {
  return rows * Math.ceil(span / 2 ** (level - 2)) <= COUNTED_CELLS ? level - 2 : level - 1;
}

/**
 * How many events the view shows (MAX_VISIBLE + 1 for "too many to count"), and how many of them are short marks
 * rather than wide bars; the events themselves are left in visBuf.
 */
function countInView(f: FrameInput): { n: number; short: number } {
  const { index, vis, scale } = f;
  // The estimate is an upper bound (it includes a month of look-back); when it is close, count exactly.
  const estimate = estimateVisible(vis, scale.from, scale.to);
  // Wide spans (context bars) are cheap to stack and mostly merge into badges, so they count against a
  // looser limit than the short marks: a narrow view over many long spans still shows single events.
  const n = estimate > 8 * MAX_VISIBLE ? MAX_VISIBLE + 1 : collectVisible(vis, scale.from, scale.to, visBuf);
  let short = 0;
  if (n <= MAX_VISIBLE) {
    for (let k = 0; k < n; k++) {
      const i = visBuf[k]!;
      const [x0, x1] = markExtent(index, scale, i);
      if (x1 - x0 <= scale.width / 3) short++;
    }
  }
  return { n, short };
}

/** True when the frame for these inputs shows single marks, not density (without laying it out). */
export function showsMarks(f: FrameInput): boolean {
  const { n, short } = countInView(f);
  return n <= MAX_VISIBLE && short <= MARK_LIMIT;
}

/** Lays out one frame: which events are visible, their rows and badges, or the density grid. Pure apart from scratch buffers. */
export function layoutFrame(f: FrameInput, cachedGrid: DensityGrid | null): Frame {
  return withSelected(layoutUnselected(f, cachedGrid), f);
}

/** The layout of a frame before the selected event is pinned (see withSelected): what the engine caches. */
export function layoutUnselected(f: FrameInput, cachedGrid: DensityGrid | null): Frame {
  return finish(layoutSteps(f, cachedGrid));
}

/** Events whose mark inputs (their titles measured) are made between two yields of layoutSteps. */
export const INPUT_CHUNK = 256;

/**
 * layoutUnselected, yielding between chunks of single marks (their titles, then their stacking), so a view that first
 * shows thousands of events can be laid out over several frames (see lib/steps). A density frame is laid out at once.
 */
export function* layoutSteps(f: FrameInput, cachedGrid: DensityGrid | null): Steps<Frame> {
  const { index, vis, lanes, scale } = f;
  const geo = laneGeometry(lanes.lanes.length, f.viewHeight);
  const geometry: FrameGeometry = {
    laneH: geo.laneH,
    rowTop: LANE_HEADER,
    rowH: ROW_H,
    badgeTop: geo.laneH - BADGE_STRIP,
    scrollY: f.scrollY,
  };
  const base = { geometry, rows: geo.rows, totalHeight: geo.total };
  const { n, short } = countInView(f);
  if (n > MAX_VISIBLE || short > MARK_LIMIT) {
    // Built one octave finer than needed, so zooming in a little reuses it too.
    const level = densityLevel(scale.msPerPx);
    const span = scale.to - scale.from;
    const split = f.splitByTheme === true && lanes.mode === 'single';
    const rows = split ? index.themes.length : lanes.lanes.length;
    const lanesOf = split
      ? (i: number, out: Int32Array) => firstTheme(index, i, out)
      : (i: number, out: Int32Array) => lanesOfEvent(index, lanes, i, out);
    // A view's width either side, but never past where the view itself can go.
    const [fullFrom, fullTo] = fullWindow(index.span);
    const from = Math.max(scale.from - span, Math.min(scale.from, fullFrom));
    const to = Math.min(scale.to + span, Math.max(scale.to, fullTo));
    const grid = gridCovers(cachedGrid, level, scale.from, scale.to, rows)
      ? cachedGrid!
      : (f.density?.(level - 1, from, to, rows, lanesOf) ??
        bucketDensity(vis, countedLevel(level, to - from, rows), from, to, rows, lanesOf));
    return { ...base, mode: 'density', visibleCount: n, placed: [], badges: [], grid };
  }
  // The events are copied out of the shared scratch buffer, which other layouts use while this one waits.
  const events = visBuf.slice(0, n);
  const marks: MarkInput[] = [];
  for (let k = 0; k < n; k++) {
    if (k % INPUT_CHUNK === INPUT_CHUNK - 1) yield;
    markInputs(f, events[k]!, marks);
  }
  yield;
  const { placed, badges } = yield* stackSteps(
    marks,
    lanes.lanes.length,
    geo.rows,
    (i) => [index.start[i]!, index.end[i]!],
    scale.width,
  );
  return { ...base, mode: 'marks', visibleCount: n, placed, badges, grid: null };
}
