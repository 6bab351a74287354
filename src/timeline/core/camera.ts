import type { TimeWindow } from '../../lib/timeWindow';
import { clampWindow, MIN_WINDOW_MS } from './limits';

/** A live frame of a gesture, or its end (commit it now). */
export type CameraPhase = 'live' | 'end';

/**
 * Who moved the camera. `pointer`: d3-zoom (wheel, drag, double-click); `swipe`: a sideways trackpad swipe;
 * `touch`, `brush`, `keys`, `click` (a badge or density click); `store`: a window set elsewhere (a link, the toolbar,
 * Back); `limits`: a resize or a new data span. Only the person's own moves are committed to the store.
 */
export type CameraSource = 'pointer' | 'swipe' | 'touch' | 'brush' | 'keys' | 'click' | 'store' | 'limits';

export interface CameraChange {
  window: TimeWindow;
  phase: CameraPhase;
  source: CameraSource;
}

/**
 * The timeline's visible window, the one live truth (like Perfetto's trace.timeline): plain numbers, no DOM. d3-zoom,
 * the brush, touch and keys all move it through setWindow/zoomBy/panBy; each move is clamped to the limits and
 * reported once, with its phase and source, to the one listener.
 */
export class Camera {
  private w: TimeWindow;
  private limits: TimeWindow;
  private px: number;
  private readonly onChange: (c: CameraChange) => void;

  constructor(full: TimeWindow, width: number, onChange: (c: CameraChange) => void, window: TimeWindow = full) {
    this.limits = full;
    this.px = Math.max(1, width);
    this.onChange = onChange;
    this.w = clampWindow(window, full);
  }

  /** The window shown now. */
  get window(): TimeWindow {
    return this.w;
  }

  /** The widest window (the data span with margins). */
  get full(): TimeWindow {
    return this.limits;
  }

  get width(): number {
    return this.px;
  }

  /** New size or data span: the window stays where it can, pulled inside the new limits. */
  setLimits(full: TimeWindow, width: number) {
    this.limits = full;
    this.px = Math.max(1, width);
    const next = clampWindow(this.w, full);
    if (next[0] !== this.w[0] || next[1] !== this.w[1]) this.move(next, 'end', 'limits');
  }

  /** Moves to a window (clamped). A live move that changes nothing is not reported; an end always is. */
  setWindow(w: readonly [number, number], phase: CameraPhase = 'end', source: CameraSource = 'keys') {
    const next = clampWindow(w, this.limits);
    if (phase === 'live' && next[0] === this.w[0] && next[1] === this.w[1]) return;
    this.move(next, phase, source);
  }

  /** Zooms by `factor` (>1 zooms in) keeping the time under pixel `anchorPx` (default: the centre) in place. */
  zoomBy(factor: number, anchorPx = this.px / 2, phase: CameraPhase = 'end', source: CameraSource = 'keys') {
    const [from, to] = this.w;
    const at = from + ((to - from) * anchorPx) / this.px;
    // Clamped to the shortest window first, so the anchor stays put even at the deepest zoom.
    const dur = Math.max((to - from) / factor, MIN_WINDOW_MS);
    const nf = at - (dur * anchorPx) / this.px;
    this.setWindow([nf, nf + dur], phase, source);
  }

  /** Pans by a number of pixels (positive moves the content right, showing earlier time). */
  panBy(px: number, phase: CameraPhase = 'end', source: CameraSource = 'keys') {
    const [from, to] = this.w;
    const dt = (-px * (to - from)) / this.px;
    this.setWindow([from + dt, to + dt], phase, source);
  }

  /** Ends a gesture where it is (a touch lifted, a swipe paused): reported as an end, for the commit. */
  end(source: CameraSource) {
    this.move(this.w, 'end', source);
  }

  /** Pixel x of time t in the current window. */
  toPx(t: number): number {
    const [from, to] = this.w;
    return ((t - from) / (to - from)) * this.px;
  }

  private move(w: TimeWindow, phase: CameraPhase, source: CameraSource) {
    this.w = w;
    this.onChange({ window: w, phase, source });
  }
}
