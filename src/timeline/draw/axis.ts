import { select } from 'd3-selection';
import { fitLabels, placeContext, type AxisLabel, type TickLevel } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';

export const AXIS_H = 38;
const TICK_FONT = 11;
const CONTEXT_FONT = '600 12px';

let measurer: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** Each axis's font family, read once: reading computed style after the axis has changed forces a style pass. */
const families = new WeakMap<SVGSVGElement, string>();

/** Text width of an axis label in the axis's font (an estimate where canvas text is unavailable, as in jsdom). */
function textWidth(svg: SVGSVGElement, font: string, label: string): number {
  const key = `${font}|${label}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
    const size = Number(/(\d+)px/.exec(font)?.[1] ?? TICK_FONT);
    if (measurer) {
      let family = families.get(svg);
      if (family === undefined) families.set(svg, (family = getComputedStyle(svg).fontFamily || 'sans-serif'));
      measurer.font = `${font} ${family}`;
      w = Math.ceil(measurer.measureText(label).width);
    } else w = Math.ceil(label.length * size * 0.62);
    widths.set(key, w);
  }
  return w;
}

/**
 * Updates the SVG axis in place (a keyed join, so only changed ticks touch the DOM): tick lines, and their
 * labels on the lower row; the coarser context (month and year, or year) above, the first pinned left.
 * A label that would be clipped at either edge, or run into another, is left out (its tick line stays).
 */
export function drawAxis(svg: SVGSVGElement, level: TickLevel, scale: TimeScale) {
  const root = select(svg);
  root.attr('width', scale.width).attr('height', AXIS_H).attr('data-unit', level.unit);
  const tickFont = `${TICK_FONT}px`;
  const labelled = fitLabels(
    level.ticks.map((d) => ({ ...d, x: Math.round(scale.toPx(d.t)) + 0.5 + 3, w: textWidth(svg, tickFont, d.label) })),
    scale.width,
  );
  const shown = new Set(labelled.map((l) => l.t));
  root
    .selectAll<SVGGElement, { t: number; label: string }>('g.axis__tick')
    .data(level.ticks, (d) => String(d.t))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'axis__tick');
      g.append('line')
        .attr('y1', AXIS_H - 8)
        .attr('y2', AXIS_H);
      g.append('text')
        .attr('y', AXIS_H - 12)
        .attr('x', 3);
      return g;
    })
    .attr('transform', (d) => `translate(${Math.round(scale.toPx(d.t)) + 0.5},0)`)
    .select('text')
    .text((d) => (shown.has(d.t) ? d.label : ''));

  const ctx = placeContext(
    level.context,
    (t) => scale.toPx(t),
    (label) => textWidth(svg, CONTEXT_FONT, label),
    scale.width,
  );
  root
    .selectAll<SVGTextElement, AxisLabel>('text.axis__context')
    .data(ctx, (d) => String(d.t))
    .join('text')
    .attr('class', 'axis__context')
    .attr('y', 12)
    .attr('x', (d) => d.x)
    .text((d) => d.label);
}
