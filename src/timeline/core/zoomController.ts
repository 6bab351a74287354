import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { clampWindow, MIN_WINDOW_MS } from './limits';
import { wheelZoomExponent } from './wheel';

export type Window = [number, number];

export interface ZoomOptions {
  /** The widest window (data span with margin); zoom factor 1. */
  full: Window;
  width: number;
  height: number;
}

/** A sideways swipe ends when no wheel event has come for this long (d3-zoom waits as long for wheel zoom). */
export const SWIPE_END_MS = 150;

/** Why the window changed: a live frame of a gesture, or its end (commit it now). */
export type ZoomPhase = 'live' | 'end';

/**
 * Owns d3-zoom on one element behind update()/destroy(), like xyflow's XYPanZoom: wheel zoom anchored at
 * the pointer with normalised deltas, drag to pan, double-click to zoom in, and programmatic moves.
 * Touch is handled separately (touchPan.ts) so a vertical swipe still scrolls the page.
 */
export class ZoomController {
  private readonly sel: Selection<HTMLElement, unknown, null, undefined>;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private opts: ZoomOptions;
  private readonly onChange: (w: Window, phase: ZoomPhase) => void;
  private readonly onHorizontalWheel: (e: WheelEvent) => void;
  private swipeEnd: ReturnType<typeof setTimeout> | undefined;

  constructor(el: HTMLElement, opts: ZoomOptions, onChange: (w: Window, phase: ZoomPhase) => void) {
    this.opts = opts;
    this.onChange = onChange;
    this.sel = select(el);
    this.behavior = zoom<HTMLElement, unknown>()
      .touchable(() => false)
      // A click that wobbles a few pixels still selects instead of counting as a drag.
      .clickDistance(4)
      .filter((e: MouseEvent | WheelEvent) => {
        if (e.type === 'wheel') {
          const w = e as WheelEvent;
          return Math.abs(w.deltaY) >= Math.abs(w.deltaX);
        }
        return !e.ctrlKey && !e.button;
      })
      .wheelDelta((e: WheelEvent) => wheelZoomExponent(e.deltaY, e.deltaMode, e.ctrlKey))
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => this.onChange(this.windowOf(e.transform), 'live'))
      .on('end', (e: D3ZoomEvent<HTMLElement, unknown>) => this.onChange(this.windowOf(e.transform), 'end'));
    this.applyExtents();
    this.sel.call(this.behavior);
    // Sideways trackpad swipes pan instead of zooming: live while the swipe goes on, committed once it pauses,
    // as d3-zoom does for vertical wheel zoom, so the panels re-render once per swipe, not once per event.
    this.onHorizontalWheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
      e.preventDefault();
      const px = e.deltaMode === 1 ? e.deltaX * 16 : e.deltaX;
      this.panBy(-px, 'live');
      clearTimeout(this.swipeEnd);
      this.swipeEnd = setTimeout(() => this.onChange(this.window, 'end'), SWIPE_END_MS);
    };
    el.addEventListener('wheel', this.onHorizontalWheel, { passive: false });
  }

  private applyExtents() {
    const { width, height, full } = this.opts;
    const maxK = Math.max(1, (full[1] - full[0]) / MIN_WINDOW_MS);
    this.behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([1, maxK]);
  }

  private windowOf(t: ZoomTransform): Window {
    const { full, width } = this.opts;
    const msPerBasePx = (full[1] - full[0]) / width;
    return [full[0] + t.invertX(0) * msPerBasePx, full[0] + t.invertX(width) * msPerBasePx];
  }

  private transformOf(w: Window): ZoomTransform {
    const { full, width } = this.opts;
    const [from, to] = clampWindow(w, full);
    const k = (full[1] - full[0]) / (to - from);
    const baseX = ((from - full[0]) / (full[1] - full[0])) * width;
    return zoomIdentity.translate(-k * baseX, 0).scale(k);
  }

  /** The window shown now. */
  get window(): Window {
    return this.windowOf(zoomTransform(this.sel.node()!));
  }

  /** New size or data span; keeps the same window where possible. */
  update(opts: ZoomOptions) {
    const keep = this.window;
    const sameFull = opts.full[0] === this.opts.full[0] && opts.full[1] === this.opts.full[1];
    this.opts = opts;
    this.applyExtents();
    this.setWindow(sameFull ? keep : opts.full, 'live');
  }

  /** Moves the view to a window (clamped to the limits). */
  setWindow(w: Window, phase: ZoomPhase = 'end') {
    const t = this.transformOf(w);
    // d3-zoom fires its own events; report the phase we were asked for instead.
    this.behavior.on('end', null);
    this.behavior.transform(this.sel, t);
    this.behavior.on('end', (e: D3ZoomEvent<HTMLElement, unknown>) => this.onChange(this.windowOf(e.transform), 'end'));
    if (phase === 'end') this.onChange(this.window, 'end');
  }

  /** Zooms by `factor` (>1 zooms in) around pixel x (default: the centre). */
  zoomBy(factor: number, anchorPx = this.opts.width / 2, phase: ZoomPhase = 'end') {
    const [from, to] = this.window;
    const at = from + ((to - from) * anchorPx) / this.opts.width;
    const dur = (to - from) / factor;
    const nf = at - (dur * anchorPx) / this.opts.width;
    this.setWindow(this.keepAnchor([nf, nf + dur], at, anchorPx), phase);
  }

  /** Pans by a number of pixels (positive moves the content right, showing earlier time). */
  panBy(px: number, phase: ZoomPhase = 'end') {
    const [from, to] = this.window;
    const dt = (-px * (to - from)) / this.opts.width;
    this.setWindow([from + dt, to + dt], phase);
  }

  /** Keeps time `at` under pixel `px` after the clamp to the shortest window. */
  private keepAnchor(w: Window, at: number, px: number): Window {
    const dur = Math.max(w[1] - w[0], MIN_WINDOW_MS);
    const from = at - (dur * px) / this.opts.width;
    return [from, from + dur];
  }

  destroy() {
    clearTimeout(this.swipeEnd);
    this.sel.on('.zoom', null);
    this.sel.node()?.removeEventListener('wheel', this.onHorizontalWheel);
  }
}
