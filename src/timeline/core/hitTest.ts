import type { Badge, PlacedMark } from './stacking';
import { badgeWidth, MIN_TARGET } from './stacking';

export interface FrameGeometry {
  laneH: number;
  /** Y of the first row's centre within a lane. */
  rowTop: number;
  rowH: number;
  badgeTop: number;
  /** Content y at the top of the canvas (vertical lane scroll). */
  scrollY: number;
}

export type Hit = { kind: 'mark'; mark: PlacedMark } | { kind: 'badge'; badge: Badge } | null;

/** Pixel slack around small marks so they are easy to hit with a mouse or a finger. */
export const HIT_SLACK = 4;

/**
 * What is under canvas point (x, y): the lane and row come from y arithmetically, then only the marks
 * laid out in this frame (never the whole dataset) are checked, latest-drawn first.
 */
export function hitTest(
  marks: readonly PlacedMark[],
  badges: readonly Badge[],
  g: FrameGeometry,
  x: number,
  y: number,
): Hit {
  const cy = y + g.scrollY;
  const lane = Math.floor(cy / g.laneH);
  const inLane = cy - lane * g.laneH;
  // A badge's target is 24 px tall: its strip and a few pixels above it, so a finger or a shaky pointer still hits it.
  const strip = g.laneH - g.badgeTop;
  if (inLane >= g.badgeTop - Math.max(0, MIN_TARGET - strip)) {
    for (const b of badges)
      if (b.lane === lane && x >= b.x - 2 && x <= b.x + badgeWidth(b.count) + 2) return { kind: 'badge', badge: b };
    if (inLane >= g.badgeTop) return null;
  }
  const row = Math.floor((inLane - g.rowTop) / g.rowH);
  if (row < 0) return null;
  let best: PlacedMark | null = null;
  let bestD = Infinity;
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k]!;
    if (m.lane !== lane || m.row !== row) continue;
    const d = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
    if (d <= HIT_SLACK && d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best ? { kind: 'mark', mark: best } : null;
}
