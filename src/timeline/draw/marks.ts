import type { EventIndex } from '../../data/model';
import type { LaneSet } from '../core/lanes';
import type { Badge, PlacedMark } from '../core/stacking';
import { badgeWidth, LABEL_GAP } from '../core/stacking';
import type { FrameGeometry } from '../core/hitTest';
import { INSET } from '../core/frame';
import { markShape, uncertainEnds } from '../core/markShape';
import type { TimeScale } from '../core/timeScale';
import { markColour } from './colours';
import type { ColorBy } from '../../data/vocabulary';
import { drawFlag, drawPoint, drawSpan, drawWindow, FLAG_W, type Fades } from './shapes';
import { partitionPoint } from '../../lib/bisect';
import { wordWidths, type Measurer } from './textWidths';
import type { Steps } from '../../lib/steps';

export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PLANNED = 2;
/** Fade at each end of a span whose interval is itself a judgement (approximate). */
const APPROX_FADE = 24;

export interface MarkStyle {
  index: EventIndex;
  lanes: LaneSet;
  colourBy: ColorBy;
  title(i: number): string;
  /** Full width of event i's title in pixels. */
  textWidth(i: number): number;
  scale: TimeScale;
}

const NO_FADES: Fades = { left: 0, right: 0 };

/** How far each end of span i fades: over the month (week, year) an end is known to, or a little when approximate. */
export function spanFades(s: Pick<MarkStyle, 'index' | 'scale'>, i: number, w: number): Fades {
  const { start, end } = uncertainEnds(s.index, i);
  const approx = s.index.approximate[i] === 1 ? Math.min(w * 0.3, APPROX_FADE) : 0;
  if (!start && !end) return approx > 0 ? { left: approx, right: approx } : NO_FADES;
  const px = (r: [number, number] | null) => (r ? s.scale.durationPx(r[1] - r[0]) : approx);
  return { left: px(start), right: px(end) };
}

function likeliestPx(s: MarkStyle, i: number): [number, number] | null {
  const l = s.index.likeliest.get(i);
  return l ? [s.scale.toPx(l[0]), s.scale.toPx(l[1])] : null;
}

/** Canvas y of the centre of a row in a lane. */
export function rowY(g: FrameGeometry, lane: number, row: number): number {
  return lane * g.laneH - g.scrollY + g.rowTop + row * g.rowH + g.rowH / 2;
}

/** Shortens text with an ellipsis to fit `room` pixels (in the context's current font). */
export function fitText(ctx: Measurer, text: string, room: number, full: number): string {
  if (full <= room) return text;
  // Prefixes are measured word by word: a cut title shares its whole words with its full text, and its last
  // part-word with other titles, so a dense view measures a few hundred words instead of every prefix tried.
  const fits = wordWidths(ctx, ctx.font).cutFits(text, room);
  // The longest prefix that fits with its ellipsis: the first length that does not fit, less one.
  const lo = partitionPoint(1, text.length, fits) - 1;
  return lo > 0 ? `${text.slice(0, lo).trimEnd()}…` : '';
}

/** Room for a placed mark's title once its flag glyph (if flagged) is drawn: 0 or less draws none. */
function titleRoom(index: EventIndex, m: PlacedMark): number {
  return m.labelRoom - (index.flags[m.ev] !== 0 ? FLAG_W : 0);
}

/** Titles cut ahead between two yields of fitSteps. */
const FIT_CHUNK = 32;

/**
 * Cuts ahead, a chunk per yield, the titles drawMarks will cut, in the measurer it draws with: their part-words are
 * then in its word table, so the frame that first draws thousands of new marks measures no text (see lib/steps).
 */
export function* fitSteps(
  ctx: Measurer,
  placed: readonly PlacedMark[],
  s: Pick<MarkStyle, 'index' | 'title' | 'textWidth'>,
): Steps<true> {
  for (let k = 0; k < placed.length; k++) {
    if (k % FIT_CHUNK === 0) {
      if (k > 0) yield;
      // Between yields the context may have drawn in another font; the word table is chosen by the current one.
      ctx.font = LABEL_FONT;
    }
    const m = placed[k]!;
    const room = titleRoom(s.index, m);
    if (room > 0) fitText(ctx, s.title(m.ev), room, s.textWidth(m.ev));
  }
  return true;
}

/** Draws the stacked marks with their titles, then the count badges. */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  placed: readonly PlacedMark[],
  badges: readonly Badge[],
  g: FrameGeometry,
  s: MarkStyle,
  width: number,
  viewHeight: number,
) {
  const { index } = s;
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  for (const m of placed) {
    const y = rowY(g, m.lane, m.row);
    if (y < -g.rowH || y > viewHeight + g.rowH) continue;
    const colour = markColour(index, s.lanes, m.lane, s.colourBy, m.ev);
    const planned = index.kind[m.ev] === PLANNED;
    const x0 = Math.max(m.x0, -4);
    const x1 = Math.min(m.x1, width + 4);
    // A selected event that found no row of its own is drawn over the last row, on a clear ground.
    if (m.pinned) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(
        x0 - 4,
        y - g.rowH / 2,
        x1 - x0 + 8 + (m.labelRoom > 0 && !m.wide ? LABEL_GAP + m.labelRoom : 0),
        g.rowH,
      );
    }
    const shape = markShape(index, m.ev);
    if (shape === 'point') drawPoint(ctx, (m.x0 + m.x1) / 2, y, colour, index.approximate[m.ev] === 1, planned);
    else if (shape === 'span') drawSpan(ctx, x0, x1, y, colour, spanFades(s, m.ev, m.x1 - m.x0), planned, m.wide);
    else drawWindow(ctx, x0, x1, y, colour, planned, m.wide, likeliestPx(s, m.ev));
    const flagged = index.flags[m.ev] !== 0;
    let lx = m.wide ? Math.max(m.x0, 0) + INSET : m.x1 + LABEL_GAP;
    if (flagged && lx < width) {
      drawFlag(ctx, lx, y);
      lx += FLAG_W;
    }
    const room = titleRoom(index, m);
    if (room > 0 && lx < width) {
      ctx.fillStyle = '#1b1f24';
      ctx.fillText(fitText(ctx, s.title(m.ev), room, s.textWidth(m.ev)), lx, y + 0.5);
    }
  }
  ctx.font = `600 ${LABEL_FONT}`;
  ctx.textAlign = 'center';
  for (const b of badges) {
    const y = b.lane * g.laneH - g.scrollY + g.badgeTop + 2;
    ctx.fillStyle = '#14213d';
    ctx.beginPath();
    const w = badgeWidth(b.count);
    ctx.roundRect(b.x, y - 1, w, 16, 8);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(`+${b.count}`, b.x + w / 2, y + 7.5);
  }
  ctx.textAlign = 'start';
}
