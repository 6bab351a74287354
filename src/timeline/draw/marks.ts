import type { EventIndex } from '../../data/model';
import type { LaneSet } from '../core/lanes';
import type { Badge, PlacedMark } from '../core/stacking';
import { badgeWidth, LABEL_GAP } from '../core/stacking';
import type { FrameGeometry } from '../core/hitTest';
import { INSET, isPoint, POINT_R } from '../frame';
import { markColour, type ColourBy } from './colours';

export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BAR_H = 10;
const WIDE_H = 16;
const PLANNED = 2;

export interface MarkStyle {
  index: EventIndex;
  lanes: LaneSet;
  colourBy: ColourBy;
  title(i: number): string;
  /** Full width of event i's title in pixels. */
  textWidth(i: number): number;
}

/** Canvas y of the centre of a row in a lane. */
export function rowY(g: FrameGeometry, lane: number, row: number): number {
  return lane * g.laneH - g.scrollY + g.rowTop + row * g.rowH + g.rowH / 2;
}

/** Shortens text with an ellipsis to fit `room` pixels. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, room: number, full: number): string {
  if (full <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${text.slice(0, lo).trimEnd()}…` : '';
}

/** Alpha steps at the ends of an approximate bar, so it never claims an exact first or last day. */
function fadedRect(ctx: CanvasRenderingContext2D, x0: number, top: number, w: number, h: number, alpha: number, approx: boolean) {
  if (!approx) {
    ctx.globalAlpha = alpha;
    ctx.fillRect(x0, top, w, h);
    ctx.globalAlpha = 1;
    return;
  }
  const fade = Math.min(w * 0.3, 24);
  ctx.globalAlpha = alpha * 0.3;
  ctx.fillRect(x0, top, w, h);
  ctx.globalAlpha = alpha * 0.6;
  ctx.fillRect(x0 + fade / 2, top, w - fade, h);
  ctx.globalAlpha = alpha;
  ctx.fillRect(x0 + fade, top, Math.max(0, w - 2 * fade), h);
  ctx.globalAlpha = 1;
}

function drawBar(ctx: CanvasRenderingContext2D, x0: number, x1: number, y: number, colour: string, approx: boolean, planned: boolean, wide: boolean) {
  const h = wide ? WIDE_H : BAR_H;
  const top = y - h / 2;
  const w = x1 - x0;
  if (planned) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x0, top, w, h);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.strokeRect(x0 + 0.75, top + 0.75, w - 1.5, h - 1.5);
    ctx.setLineDash([]);
    return;
  }
  ctx.fillStyle = colour;
  if (!wide) {
    fadedRect(ctx, x0, top, w, h, 1, approx);
    return;
  }
  // A wide bar is a tint with a solid base line, so the title inside it stays readable.
  fadedRect(ctx, x0, top, w, h, 0.22, approx);
  fadedRect(ctx, x0, top + h - 3, w, 3, 1, approx);
}

function drawPoint(ctx: CanvasRenderingContext2D, cx: number, y: number, colour: string, approx: boolean, planned: boolean) {
  ctx.beginPath();
  ctx.arc(cx, y, POINT_R, 0, Math.PI * 2);
  ctx.fillStyle = planned ? '#ffffff' : colour;
  ctx.globalAlpha = approx && !planned ? 0.45 : 1;
  ctx.fill();
  ctx.globalAlpha = 1;
  if (planned || approx) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    if (approx) ctx.setLineDash([2, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** Draws the stacked marks with their titles, then the count badges. */
export function drawMarks(ctx: CanvasRenderingContext2D, placed: readonly PlacedMark[], badges: readonly Badge[], g: FrameGeometry, s: MarkStyle, width: number, viewHeight: number) {
  const { index } = s;
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  for (const m of placed) {
    const y = rowY(g, m.lane, m.row);
    if (y < -g.rowH || y > viewHeight + g.rowH) continue;
    const colour = markColour(index, s.lanes, m.lane, s.colourBy, m.ev);
    const approx = index.approximate[m.ev] === 1;
    const planned = index.kind[m.ev] === PLANNED;
    if (isPoint(index, m.ev)) drawPoint(ctx, (m.x0 + m.x1) / 2, y, colour, approx, planned);
    else drawBar(ctx, Math.max(m.x0, -4), Math.min(m.x1, width + 4), y, colour, approx, planned, m.wide);
    if (m.labelRoom > 0) {
      const lx = m.wide ? Math.max(m.x0, 0) + INSET : m.x1 + LABEL_GAP;
      if (lx < width) {
        ctx.fillStyle = '#1b1f24';
        ctx.fillText(fitText(ctx, s.title(m.ev), m.labelRoom, s.textWidth(m.ev)), lx, y + 0.5);
      }
    }
  }
  ctx.font = `600 ${LABEL_FONT}`;
  ctx.textAlign = 'center';
  for (const b of badges) {
    const y = b.lane * g.laneH - g.scrollY + g.badgeTop + 2;
    ctx.fillStyle = '#14213d';
    ctx.beginPath();
    const w = badgeWidth(b.count);
    ctx.roundRect(b.x, y, w, 14, 7);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(`+${b.count}`, b.x + w / 2, y + 7.5);
  }
  ctx.textAlign = 'start';
}
