import { upperBound } from '../../lib/bisect';
import { finish, type Steps } from '../../lib/steps';

/** One event drawn in one lane, as the stacker sees it (pixels). */
export interface MarkInput {
  ev: number;
  lane: number;
  x0: number;
  x1: number;
  /** Width the title reserves beside the mark while stacking (0 for none). */
  labelW: number;
  /**
   * Full width the title could use (its measured width, clipped at the plot's edge). After stacking, a
   * title grows up to this into free room before its right neighbour in the row. Defaults to labelW.
   */
  titleW?: number;
  /** A wide bar (context, such as a multi-year span): placed after the short marks, titled inside itself. */
  wide: boolean;
}

export interface PlacedMark extends MarkInput {
  row: number;
  /** Room left for the title after stacking (beside the mark, or inside a wide bar): 0 hides it. */
  labelRoom: number;
  /** The selected event, drawn over the last row because it found no row of its own (never hidden in a badge). */
  pinned?: boolean;
}

/** Marks that found no free row, merged into one "+n" badge per cluster. */
export interface Badge {
  lane: number;
  x: number;
  count: number;
  /** Time range of the merged short events, for zoom-to-fit (empty, lo > hi, when all are wide spans). */
  lo: number;
  hi: number;
}

export const MARK_GAP = 3;
export const LABEL_GAP = 4;
/** Titles narrower than this are hidden rather than truncated to a stub. */
export const MIN_LABEL = 36;

/** Smallest size of a pointer target (WCAG 2.5.8), for the "+n" badges. */
export const MIN_TARGET = 24;

/** Width of a "+n" badge: room for its digits, and never narrower than a 24 px target. */
export function badgeWidth(count: number): number {
  // Digits counted without making a string: this runs for every mark that merges into a badge.
  let digits = 1;
  for (let c = Math.abs(Math.trunc(count)); c >= 10; c = Math.floor(c / 10)) digits++;
  return Math.max(MIN_TARGET, 14 + 7 * digits);
}

/** Occupied pixel intervals of one row, sorted by start. */
interface Row {
  starts: number[];
  ends: number[];
  /** Index in `placed` of the short mark owning each interval (-1 for a wide bar). */
  owners: number[];
  /** Mark end (without its title) of the last short mark, and that mark's index in `placed`. */
  lastMarkEnd: number;
  lastOwner: number;
}

/** A mark in its row, its title room as reserved; spelled out rather than spread, which is slow in a hot loop. */
function placeAt(m: MarkInput, row: number): PlacedMark {
  return {
    ev: m.ev,
    lane: m.lane,
    x0: m.x0,
    x1: m.x1,
    labelW: m.labelW,
    titleW: m.titleW ?? m.labelW,
    wide: m.wide,
    row,
    labelRoom: m.labelW,
  };
}

function free(row: Row, x0: number, x1: number): boolean {
  // The first interval ending after x0 - gap; the row is free if it starts after x1 + gap.
  const lo = upperBound(row.ends, x0 - MARK_GAP);
  return lo === row.starts.length || row.starts[lo]! >= x1 + MARK_GAP;
}

function insert(row: Row, x0: number, x1: number) {
  let k = row.starts.length;
  while (k > 0 && row.starts[k - 1]! > x0) k--;
  row.starts.splice(k, 0, x0);
  row.ends.splice(k, 0, x1);
  row.owners.splice(k, 0, -1);
}

/** Lets each short mark's title use the free room up to the next interval in its row (mark, title or bar). */
function widenTitles(grid: readonly Row[], placed: PlacedMark[]) {
  for (const g of grid) {
    for (let k = 0; k < g.owners.length; k++) {
      const p = placed[g.owners[k]!];
      if (!p || p.labelRoom <= 0) continue;
      const want = p.titleW ?? p.labelW;
      if (want <= p.labelRoom) continue;
      const next = g.starts[k + 1] ?? Infinity;
      p.labelRoom = Math.max(p.labelRoom, Math.min(want, next - MARK_GAP - (p.x1 + LABEL_GAP)));
    }
  }
}

/**
 * Stacks marks (given in time order) into rows within their lanes. Wide bars (long windows and spans)
 * come first and take rows of their own from the bottom of the lane, up to a quarter of them, so a long
 * window is never hidden in a badge by a crowd of short events. Short marks then fill the rows above in
 * time order: a title reserves room beside its mark, and a later mark that needs the row shortens or
 * hides that title, so titles never overlap. Wide bars that found no row of their own then fill the gaps
 * left. Last, a title cut at its reserved width grows into the free room before its right neighbour.
 * Whatever finds no row merges into count badges (see placeBadges).
 */
export function stackMarks(
  marks: readonly MarkInput[],
  laneCount: number,
  rows: number,
  times: (ev: number) => [number, number],
  /** Plot width in pixels: badges stay inside it. */
  width = Infinity,
): Stacked {
  return finish(stackSteps(marks, laneCount, rows, times, width));
}

export interface Stacked {
  placed: PlacedMark[];
  badges: Badge[];
}

/** Marks stacked between two yields of stackSteps. */
export const STACK_CHUNK = 512;

/** stackMarks, yielding after each STACK_CHUNK marks, so a frame can stop it and go on in the next (see lib/steps). */
export function* stackSteps(
  marks: readonly MarkInput[],
  laneCount: number,
  rows: number,
  times: (ev: number) => [number, number],
  width = Infinity,
): Steps<Stacked> {
  const grid: Row[] = Array.from({ length: laneCount * rows }, () => ({
    starts: [],
    ends: [],
    owners: [],
    lastMarkEnd: -Infinity,
    lastOwner: -1,
  }));
  const placed: PlacedMark[] = [];
  const overflow: MarkInput[] = [];
  // Rows of their own for wide bars, from the bottom up (a quarter of the lane, at least one); `own[lane]` is how many a lane took.
  const maxOwn = rows >= 2 ? Math.max(1, Math.floor(rows / 4)) : 0;
  const own = new Uint16Array(laneCount);
  const later: MarkInput[] = [];
  // Rows only fill up, so a bar covering a range that already found no row in its lane finds none either
  // (kept apart for the bars' own rows here, and for all rows below).
  const ownFailLo = new Float64Array(laneCount).fill(NaN);
  const ownFailHi = new Float64Array(laneCount).fill(NaN);
  for (let k = 0; k < marks.length; k++) {
    if (k % STACK_CHUNK === STACK_CHUNK - 1) yield;
    const m = marks[k]!;
    if (!m.wide) continue;
    if (m.lane >= laneCount) continue;
    const base = m.lane * rows;
    let row = -1;
    const known = m.x0 <= ownFailLo[m.lane]! && m.x1 >= ownFailHi[m.lane]!;
    if (!known)
      for (let r = rows - 1; r >= rows - maxOwn && row < 0; r--) if (free(grid[base + r]!, m.x0, m.x1)) row = r;
    if (row < 0) {
      if (!known && !(m.x0 < ownFailLo[m.lane]! && m.x1 > ownFailHi[m.lane]!)) {
        ownFailLo[m.lane] = m.x0;
        ownFailHi[m.lane] = m.x1;
      }
      later.push(m);
      continue;
    }
    own[m.lane] = Math.max(own[m.lane]!, rows - row);
    insert(grid[base + row]!, m.x0, m.x1);
    placed.push(placeAt(m, row));
  }
  for (let k = 0; k < marks.length; k++) {
    if (k % STACK_CHUNK === STACK_CHUNK - 1) yield;
    const m = marks[k]!;
    if (m.wide) continue;
    const base = m.lane * rows;
    const shortRows = rows - (own[m.lane] ?? 0);
    let row = -1;
    for (let r = 0; r < shortRows && row < 0; r++) {
      const g = grid[base + r]!;
      if (g.ends.length === 0 || g.ends[g.ends.length - 1]! + MARK_GAP <= m.x0) row = r;
    }
    for (let r = 0; r < shortRows && row < 0; r++) {
      const g = grid[base + r]!;
      if (g.lastMarkEnd + MARK_GAP > m.x0) continue;
      row = r;
      const prev = placed[g.lastOwner];
      if (prev) {
        const room = m.x0 - MARK_GAP - (prev.x1 + LABEL_GAP);
        prev.labelRoom = room >= MIN_LABEL ? Math.min(prev.labelRoom, room) : 0;
        g.ends[g.ends.length - 1] = prev.labelRoom > 0 ? prev.x1 + LABEL_GAP + prev.labelRoom : prev.x1;
      }
    }
    if (row < 0) {
      overflow.push(m);
      continue;
    }
    const g = grid[base + row]!;
    const p = placeAt(m, row);
    g.lastOwner = placed.length;
    g.lastMarkEnd = m.x1;
    g.starts.push(m.x0);
    g.owners.push(g.lastOwner);
    g.ends.push(p.labelRoom > 0 ? m.x1 + LABEL_GAP + p.labelRoom : m.x1);
    placed.push(p);
  }
  const failLo = new Float64Array(laneCount).fill(NaN);
  const failHi = new Float64Array(laneCount).fill(NaN);
  for (let k = 0; k < later.length; k++) {
    if (k % STACK_CHUNK === STACK_CHUNK - 1) yield;
    const m = later[k]!;
    const base = m.lane * rows;
    let row = -1;
    const known = m.x0 <= failLo[m.lane]! && m.x1 >= failHi[m.lane]!;
    if (!known) for (let r = 0; r < rows && row < 0; r++) if (free(grid[base + r]!, m.x0, m.x1)) row = r;
    if (row < 0) {
      if (!known && !(m.x0 < failLo[m.lane]! && m.x1 > failHi[m.lane]!)) {
        failLo[m.lane] = m.x0;
        failHi[m.lane] = m.x1;
      }
      overflow.push(m);
      continue;
    }
    insert(grid[base + row]!, m.x0, m.x1);
    placed.push(placeAt(m, row));
  }
  widenTitles(grid, placed);
  yield;
  return { placed, badges: yield* badgeSteps(overflow, laneCount, width, times) };
}

/** Clear pixels between two badges in a lane, so their pills (and click targets) read as separate. */
export const BADGE_GAP = 4;

/**
 * Clusters overflowing marks per lane by position into "+n" badges inside [0, width]. A mark that would
 * crowd the badge before it joins that badge; a badge that would cross the right edge shifts left, and
 * joins the one before if it then collides. So badges never overlap or clip, and each one's time range
 * covers all the events it counts.
 */
export function placeBadges(
  overflow: readonly MarkInput[],
  laneCount: number,
  width: number,
  times: (ev: number) => [number, number],
): Badge[] {
  return finish(badgeSteps(overflow, laneCount, width, times));
}

/** placeBadges, yielding after the sort and each STACK_CHUNK marks (see stackSteps). */
function* badgeSteps(
  overflow: readonly MarkInput[],
  laneCount: number,
  width: number,
  times: (ev: number) => [number, number],
): Steps<Badge[]> {
  const sorted = byLaneAndX(overflow, laneCount, width);
  yield;
  const badges: Badge[] = [];
  const absorb = (into: Badge, b: Pick<Badge, 'count' | 'lo' | 'hi'>) => {
    into.count += b.count;
    into.lo = Math.min(into.lo, b.lo);
    into.hi = Math.max(into.hi, b.hi);
  };
  for (let k = 0; k < sorted.length; k++) {
    if (k % STACK_CHUNK === STACK_CHUNK - 1) yield;
    const m = sorted[k]!;
    if (m.lane >= laneCount) continue;
    const x = Math.max(m.x0, 0);
    // Wide spans would make "fit its events" zoom out, so only short events set the badge's range.
    const [lo, hi] = m.wide ? [Infinity, -Infinity] : times(m.ev);
    const last = badges[badges.length - 1];
    if (last && last.lane === m.lane && x < last.x + badgeWidth(last.count + 1) + BADGE_GAP)
      absorb(last, { count: 1, lo, hi });
    else badges.push({ lane: m.lane, x, count: 1, lo, hi });
    // Keep the newest badge inside the right edge; shifted onto its neighbour, it merges into it.
    for (;;) {
      const top = badges[badges.length - 1]!;
      top.x = Math.max(0, Math.min(top.x, width - badgeWidth(top.count)));
      const prev = badges[badges.length - 2];
      if (!prev || prev.lane !== top.lane || top.x >= prev.x + badgeWidth(prev.count) + BADGE_GAP) break;
      badges.pop();
      absorb(prev, top);
    }
  }
  return badges;
}

/**
 * The marks in order of lane, then left edge clipped at 0 (stably, as Array.sort would put them), by counting them
 * into a bucket per lane and whole pixel first: thousands of overflowing marks cost no comparator calls but within
 * a pixel.
 */
function byLaneAndX(marks: readonly MarkInput[], laneCount: number, width: number): MarkInput[] {
  const cols = Math.max(1, Math.min(Math.ceil(Number.isFinite(width) ? width : 4096), 1 << 16)) + 1;
  const key = (m: MarkInput) => {
    if (m.lane >= laneCount || m.lane < 0) return -1;
    return m.lane * cols + Math.min(cols - 1, Math.floor(Math.max(m.x0, 0)));
  };
  const starts = new Uint32Array(laneCount * cols + 1);
  const keys = new Int32Array(marks.length);
  let skipped = 0;
  for (let k = 0; k < marks.length; k++) {
    const b = key(marks[k]!);
    keys[k] = b;
    if (b < 0) skipped++;
    else starts[b + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const out = new Array<MarkInput>(marks.length - skipped);
  const fill = starts.slice(0, -1);
  for (let k = 0; k < marks.length; k++) if (keys[k]! >= 0) out[fill[keys[k]!]!++] = marks[k]!;
  // Within a bucket (one lane, one pixel), a stable insertion sort by the exact edge.
  for (let b = 0; b + 1 < starts.length; b++) {
    for (let k = starts[b]! + 1; k < starts[b + 1]!; k++) {
      const m = out[k]!;
      const x = Math.max(m.x0, 0);
      let j = k - 1;
      while (j >= starts[b]! && Math.max(out[j]!.x0, 0) > x) {
        out[j + 1] = out[j]!;
        j--;
      }
      out[j + 1] = m;
    }
  }
  return out;
}
