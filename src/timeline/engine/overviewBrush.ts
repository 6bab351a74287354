import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select, type Selection } from 'd3-selection';
import type { TimeWindow } from '../../lib/timeWindow';

/**
 * The d3-brush over the overview strip, an adapter feeding the camera: a person dragging or resizing it moves the
 * main view (onBrush), and the overlay pass moves it back (move), which d3 reports with no source event, so it never
 * echoes into onBrush.
 */
export class OverviewBrush {
  private readonly g: Selection<SVGGElement, unknown, null, undefined>;
  private readonly brush: BrushBehavior<unknown>;
  private full: TimeWindow;
  private width: number;
  private height: number;
  private last: TimeWindow | null = null;

  constructor(
    svg: SVGSVGElement,
    full: TimeWindow,
    width: number,
    height: number,
    onBrush: (w: TimeWindow, phase: 'live' | 'end') => void,
  ) {
    this.full = full;
    this.width = width;
    this.height = height;
    this.g = select(svg).append('g').attr('class', 'overview__brush');
    // Handles a finger can hold (WCAG 2.5.8 asks 24 px) on touch screens; d3's 6 px elsewhere would be too thin too.
    const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
    this.brush = brushX<unknown>()
      .handleSize(coarse ? 24 : 10)
      .on('brush end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        const s = e.selection as [number, number] | null;
        if (!s) {
          // A click without a drag clears a d3 brush: centre the view on the click instead, keeping its width.
          if (e.type !== 'end' || !this.last) return;
          const x = pointer(e.sourceEvent, this.g.node())[0];
          const t = this.toTime(x);
          const half = (this.last[1] - this.last[0]) / 2;
          onBrush([t - half, t + half], 'end');
          this.move(this.last);
          return;
        }
        onBrush([this.toTime(s[0]), this.toTime(s[1])], e.type === 'end' ? 'end' : 'live');
      });
    this.resize(full, width, height);
  }

  private toTime(px: number): number {
    return this.full[0] + (px / this.width) * (this.full[1] - this.full[0]);
  }

  private toPx(t: number): number {
    return ((t - this.full[0]) / (this.full[1] - this.full[0])) * this.width;
  }

  resize(full: TimeWindow, width: number, height: number) {
    this.full = full;
    this.width = Math.max(1, width);
    this.height = height;
    select(this.g.node()!.ownerSVGElement).attr('width', this.width).attr('height', height);
    this.brush.extent([
      [0, 0],
      [this.width, this.height],
    ]);
    this.g.call(this.brush);
  }

  /** Shows the main view's window on the strip. */
  move(w: TimeWindow) {
    this.last = w;
    const a = Math.max(0, this.toPx(w[0]));
    const b = Math.min(this.width, Math.max(a + 4, this.toPx(w[1])));
    this.brush.move(this.g, [a, b]);
  }

  destroy() {
    this.brush.on('brush end', null);
    this.g.remove();
  }
}
