import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimeWindow } from '../../lib/timeWindow';
import type { Camera } from '../core/camera';
import { MIN_WINDOW_MS } from '../core/limits';
import { wheelZoomExponent } from '../core/wheel';

/** A sideways swipe ends when no wheel event has come for this long (d3-zoom waits as long for wheel zoom). */
export const SWIPE_END_MS = 150;

/** What d3-zoom needs to know: the widest window (zoom factor 1) and the element's size. */
export interface ZoomLimits {
  full: TimeWindow;
  width: number;
  height: number;
}

/** The source event of the adapter's own transforms: its zoom events are the camera's echo and are ignored. */
const SYNC = { sync: true };
type ZoomEvent = D3ZoomEvent<HTMLElement, unknown> & { sourceEvent: { sync?: boolean } | null };
/** d3-zoom's transform with its fourth argument, the source event its zoom events carry (missing from @types/d3-zoom). */
type TaggedTransform = (
  sel: Selection<HTMLElement, unknown, null, undefined>,
  t: ZoomTransform,
  point: null,
  event: typeof SYNC,
) => void;

/**
 * d3-zoom as an adapter feeding the camera, like xyflow's XYPanZoom: wheel zoom anchored at the pointer with
 * normalised deltas, drag to pan, double-click to zoom in, and sideways trackpad swipes. The camera is the one
 * truth; `sync` brings d3's transform in line after moves made elsewhere, tagged (as xyflow's syncViewport does)
 * so they are not reported back. Touch is handled separately (touchGestures.ts), so a vertical swipe still scrolls.
 */
export class ZoomAdapter {
  private readonly sel: Selection<HTMLElement, unknown, null, undefined>;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private limits: ZoomLimits;
  private readonly camera: Camera;
  private readonly onHorizontalWheel: (e: WheelEvent) => void;
  private swipeEnd: ReturnType<typeof setTimeout> | undefined;

  constructor(el: HTMLElement, camera: Camera, limits: ZoomLimits) {
    this.limits = limits;
    this.camera = camera;
    this.sel = select(el);
    const report = (phase: 'live' | 'end') => (e: ZoomEvent) => {
      if (e.sourceEvent?.sync) return;
      camera.setWindow(this.windowOf(e.transform), phase, 'pointer');
    };
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
      .on('zoom', report('live'))
      .on('end', report('end'));
    this.applyExtents();
    this.sel.call(this.behavior);
    // Sideways trackpad swipes pan instead of zooming: live while the swipe goes on, committed once it pauses,
    // as d3-zoom does for vertical wheel zoom, so the panels re-render once per swipe, not once per event.
    this.onHorizontalWheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
      e.preventDefault();
      const px = e.deltaMode === 1 ? e.deltaX * 16 : e.deltaX;
      camera.panBy(-px, 'live', 'swipe');
      clearTimeout(this.swipeEnd);
      this.swipeEnd = setTimeout(() => camera.end('swipe'), SWIPE_END_MS);
    };
    el.addEventListener('wheel', this.onHorizontalWheel, { passive: false });
    this.sync(camera.window);
  }

  private applyExtents() {
    const { width, height, full } = this.limits;
    const maxK = Math.max(1, (full[1] - full[0]) / MIN_WINDOW_MS);
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this.behavior.extent(box).translateExtent(box).scaleExtent([1, maxK]);
  }

  private windowOf(t: ZoomTransform): TimeWindow {
    const { full, width } = this.limits;
    const msPerBasePx = (full[1] - full[0]) / width;
    return [full[0] + t.invertX(0) * msPerBasePx, full[0] + t.invertX(width) * msPerBasePx];
  }

  private transformOf(w: TimeWindow): ZoomTransform {
    const { full, width } = this.limits;
    const [from, to] = w;
    const k = (full[1] - full[0]) / (to - from);
    const baseX = ((from - full[0]) / (full[1] - full[0])) * width;
    return zoomIdentity.translate(-k * baseX, 0).scale(k);
  }

  /** New size or data span. */
  update(limits: ZoomLimits) {
    this.limits = limits;
    this.applyExtents();
    this.sync(this.camera.window);
  }

  /** Brings d3's transform to the camera's window without reporting it back (a tagged, programmatic move). */
  sync(w: TimeWindow) {
    const next = this.transformOf(w);
    const cur = zoomTransform(this.sel.node()!);
    // Rounding noise is no move: a transform during a wheel gesture would tag that gesture's end as an echo.
    if (Math.abs(cur.k - next.k) <= cur.k * 1e-9 && Math.abs(cur.x - next.x) <= 1e-6 && cur.y === next.y) return;
    (this.behavior.transform as unknown as TaggedTransform).call(this.behavior, this.sel, next, null, SYNC);
  }

  destroy() {
    clearTimeout(this.swipeEnd);
    this.sel.on('.zoom', null);
    this.sel.node()?.removeEventListener('wheel', this.onHorizontalWheel);
  }
}
