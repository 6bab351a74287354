import { select } from 'd3-selection';
import type { TickLevel } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';

export const AXIS_H = 38;

/**
 * Updates the SVG axis in place (a keyed join, so only changed ticks touch the DOM): tick labels on the
 * lower row, the coarser context (month and year, or year) above, the first context label pinned left.
 */
export function drawAxis(svg: SVGSVGElement, level: TickLevel, scale: TimeScale) {
  const root = select(svg);
  root.attr('width', scale.width).attr('height', AXIS_H).attr('data-unit', level.unit);
  root
    .selectAll<SVGGElement, { t: number; label: string }>('g.axis__tick')
    .data(level.ticks, (d) => String(d.t))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'axis__tick');
      g.append('line').attr('y1', AXIS_H - 8).attr('y2', AXIS_H);
      g.append('text').attr('y', AXIS_H - 12).attr('x', 3);
      return g;
    })
    .attr('transform', (d) => `translate(${Math.round(scale.toPx(d.t)) + 0.5},0)`)
    .select('text')
    .text((d) => d.label);

  const ctx = level.context.map((c, k) => ({ ...c, x: k === 0 ? Math.max(2, scale.toPx(c.t) + 3) : scale.toPx(c.t) + 3 }));
  // The pinned label gives way to the next one as it arrives.
  if (ctx.length > 1 && ctx[0]!.x > ctx[1]!.x - 90) ctx[0]!.x = Math.min(ctx[0]!.x, ctx[1]!.x - 90);
  root
    .selectAll<SVGTextElement, { t: number; label: string; x: number }>('text.axis__context')
    .data(ctx, (d) => String(d.t))
    .join('text')
    .attr('class', 'axis__context')
    .attr('y', 12)
    .attr('x', (d) => d.x)
    .text((d) => d.label);
}
