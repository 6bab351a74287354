import type { FrameGeometry } from '../core/hitTest';
import type { PlacedMark } from '../core/stacking';
import { rowY } from './marks';

export type HighlightKind = 'selected' | 'hover' | 'focus' | 'place';

const STYLE: Record<HighlightKind, { colour: string; width: number; pad: number }> = {
  selected: { colour: '#14213d', width: 2.5, pad: 3 },
  hover: { colour: '#57606a', width: 1.5, pad: 2 },
  focus: { colour: '#e36209', width: 3, pad: 6 },
  place: { colour: '#0b7a75', width: 2, pad: 2 },
};

/** Rings every placed instance of an event (it appears once per lane it belongs to). Returns whether any was drawn. */
export function ringPlaced(
  ctx: CanvasRenderingContext2D,
  placed: readonly PlacedMark[],
  g: FrameGeometry,
  ev: number,
  kind: HighlightKind,
  width: number,
): boolean {
  const st = STYLE[kind];
  let drawn = false;
  ctx.strokeStyle = st.colour;
  ctx.lineWidth = st.width;
  for (const m of placed) {
    if (m.ev !== ev) continue;
    const y = rowY(g, m.lane, m.row);
    ctx.beginPath();
    const h = m.wide ? 16 : 10;
    const x0 = Math.max(m.x0, -10);
    const x1 = Math.min(m.x1, width + 10);
    ctx.roundRect(x0 - st.pad, y - h / 2 - st.pad, x1 - x0 + 2 * st.pad, h + 2 * st.pad, 5 + st.pad);
    ctx.stroke();
    drawn = true;
  }
  return drawn;
}

/**
 * Marks an event that has no mark of its own on screen (keyboard focus on an event merged into density or a
 * badge): a faint band over its whole interval, and never a line at a time no source gives (such as the middle of its window).
 */
export function markTime(ctx: CanvasRenderingContext2D, x0: number, x1: number, height: number, kind: HighlightKind) {
  const st = STYLE[kind];
  ctx.fillStyle = st.colour;
  ctx.globalAlpha = 0.12;
  ctx.fillRect(x0, 0, Math.max(2, x1 - x0), height);
  ctx.globalAlpha = 0.6;
  ctx.fillRect(x0, 0, Math.max(2, x1 - x0), 3);
  ctx.globalAlpha = 1;
}
