import { chooseTicks, fitLabels, placeContext, type TickLevel } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';

/*
 * The parts of an exported timeline image that the live view draws as DOM (axis, legend) or not at all
 * (caption), drawn here onto a canvas context, or an SvgContext standing in for one.
 */

export type Measure = (font: string, text: string) => number;

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const AXIS_BAND = 38;
export const INK = '#1b1f24';
export const MUTED = '#57606a';
/** The mark shapes the legend explains, after the colours. */
export const SHAPES = ['known to the day', 'week, month, year or span', 'approximate (faded)', 'planned (hollow)'];

/** Lines of `text` that fit `width` in `font`, broken at spaces; a word wider than a line (a long link) is broken where it must be. */
export function wrap(text: string, width: number, font: string, measure: Measure): string[] {
  const fits = (s: string) => measure(font, s) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let k = rest.length - 1;
      while (k > 1 && !fits(rest.slice(0, k))) k--;
      lines.push(rest.slice(0, k));
      rest = rest.slice(k);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** The axis as the live view shows it (ticks, their labels, the month or year above), drawn in the top AXIS_BAND pixels. */
export function drawAxisOnto(ctx: CanvasRenderingContext2D, scale: TimeScale, measure: Measure): TickLevel {
  const level = chooseTicks(scale.from, scale.to, scale.width);
  const tickFont = `11px ${FONT_FAMILY}`;
  const ctxFont = `600 12px ${FONT_FAMILY}`;
  ctx.fillStyle = '#d0d7de';
  ctx.fillRect(0, AXIS_BAND - 1, scale.width, 1);
  const labels = fitLabels(
    level.ticks.map((d) => ({ ...d, x: Math.round(scale.toPx(d.t)) + 3.5, w: measure(tickFont, d.label) })),
    scale.width,
  );
  ctx.fillStyle = '#8c959f';
  for (const t of level.ticks) ctx.fillRect(Math.round(scale.toPx(t.t)), AXIS_BAND - 8, 1, 8);
  ctx.textBaseline = 'alphabetic';
  ctx.font = tickFont;
  ctx.fillStyle = MUTED;
  for (const l of labels) ctx.fillText(l.label, l.x, AXIS_BAND - 12);
  ctx.font = ctxFont;
  ctx.fillStyle = INK;
  for (const c of placeContext(
    level.context,
    (t) => scale.toPx(t),
    (s) => measure(ctxFont, s),
    scale.width,
  ))
    ctx.fillText(c.label, c.x, 12);
  return level;
}

/** A legend swatch: a colour square, or one of the SHAPES (label `shape:<name>`); returns the words to write beside it. */
export function drawLegendSwatch(ctx: CanvasRenderingContext2D, label: string, colour: string, x: number, y: number) {
  if (!label.startsWith('shape:')) {
    ctx.fillStyle = colour;
    ctx.fillRect(x, y - 5, 10, 10);
    return label;
  }
  const shape = label.slice(6);
  ctx.fillStyle = MUTED;
  ctx.strokeStyle = MUTED;
  ctx.lineWidth = 1.5;
  if (shape === SHAPES[0]) {
    ctx.beginPath();
    ctx.arc(x + 5, y, 5, 0, Math.PI * 2);
    ctx.fill();
  } else if (shape === SHAPES[1]) ctx.fillRect(x - 2, y - 4, 14, 8);
  else if (shape === SHAPES[2]) {
    ctx.globalAlpha = 0.35;
    ctx.fillRect(x - 2, y - 4, 14, 8);
    ctx.globalAlpha = 1;
    ctx.fillRect(x + 2, y - 4, 6, 8);
  } else {
    ctx.setLineDash([3, 2]);
    ctx.strokeRect(x - 1.25, y - 3.25, 12.5, 6.5);
    ctx.setLineDash([]);
  }
  return shape;
}
