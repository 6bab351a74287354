/** One event drawn in one lane, as the stacker sees it (pixels). */
export interface MarkInput {
  ev: number;
  lane: number;
  x0: number;
  x1: number;
  /** Width the title wants beside the mark (0 for none). */
  labelW: number;
}

export interface PlacedMark extends MarkInput {
  row: number;
  /** Room left for the title after stacking: 0 hides it, less than labelW truncates it. */
  labelRoom: number;
}

/** Marks that found no free row, merged into one "+n" badge per cluster. */
export interface Badge {
  lane: number;
  x: number;
  count: number;
  /** Time range of the merged events, for zoom-to-fit. */
  lo: number;
  hi: number;
}

export const MARK_GAP = 3;
export const LABEL_GAP = 4;
/** Titles narrower than this are hidden rather than truncated to a stub. */
export const MIN_LABEL = 36;
/** Width of a "+n" badge: room for its digits. */
export function badgeWidth(count: number): number {
  return 14 + 7 * String(count).length;
}

/**
 * Stacks marks (given in time order) into rows within their lanes. A title reserves room beside its
 * mark; a later mark that needs the row shortens or hides that title, so titles never overlap marks
 * or each other. Marks with no free row merge into count badges.
 */
export function stackMarks(
  marks: MarkInput[],
  laneCount: number,
  rows: number,
  times: (ev: number) => [number, number],
): { placed: PlacedMark[]; badges: Badge[] } {
  const occupied = new Float64Array(laneCount * rows).fill(-Infinity);
  const markEnd = new Float64Array(laneCount * rows).fill(-Infinity);
  const owner = new Int32Array(laneCount * rows).fill(-1);
  const placed: PlacedMark[] = [];
  const badges: Badge[] = [];
  const lastBadge = new Int32Array(laneCount).fill(-1);
  for (const m of marks) {
    const base = m.lane * rows;
    let row = -1;
    for (let r = 0; r < rows; r++) {
      if (occupied[base + r]! + MARK_GAP <= m.x0) {
        row = r;
        break;
      }
    }
    if (row < 0) {
      for (let r = 0; r < rows; r++) {
        if (markEnd[base + r]! + MARK_GAP <= m.x0) {
          row = r;
          const prev = placed[owner[base + r]!];
          if (prev) {
            const room = m.x0 - MARK_GAP - (prev.x1 + LABEL_GAP);
            prev.labelRoom = room >= MIN_LABEL ? Math.min(prev.labelRoom, room) : 0;
          }
          break;
        }
      }
    }
    if (row < 0) {
      const [lo, hi] = times(m.ev);
      const b = badges[lastBadge[m.lane]!];
      if (b && m.x0 < b.x + badgeWidth(b.count) + 2) {
        b.count++;
        b.lo = Math.min(b.lo, lo);
        b.hi = Math.max(b.hi, hi);
      } else {
        lastBadge[m.lane] = badges.length;
        badges.push({ lane: m.lane, x: Math.max(m.x0, 0), count: 1, lo, hi });
      }
      continue;
    }
    const p: PlacedMark = { ...m, row, labelRoom: m.labelW };
    owner[base + row] = placed.length;
    placed.push(p);
    markEnd[base + row] = m.x1;
    occupied[base + row] = p.labelRoom > 0 ? m.x1 + LABEL_GAP + p.labelRoom : m.x1;
  }
  return { placed, badges };
}
