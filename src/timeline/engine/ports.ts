import type { TimeWindow } from '../../lib/timeWindow';
import type { Camera } from '../core/camera';
import { OverviewBrush } from './overviewBrush';
import { Overlays, type BrushPort, type OverlayContext } from './overlays';
import type { TimelineElements } from './elements';
import { watchPixelRatio } from './pixelRatio';
import { attachTouchGestures, type TouchTarget } from './touchGestures';
import { ZoomAdapter, type ZoomLimits } from './zoomAdapter';
import { OVERVIEW_H } from '../draw/overview';

/** The pan-zoom adapter as the engine sees it. */
export interface ZoomPort {
  update(limits: ZoomLimits): void;
  /** Brings the adapter to the camera's window after a move made elsewhere, without reporting it back. */
  sync(w: TimeWindow): void;
  destroy(): void;
}

/** The DOM pass as the engine sees it. */
export interface OverlayPort {
  paint(o: OverlayContext): void;
  destroy(): void;
}

/**
 * What the engine needs from the browser beyond its elements: the gesture adapters feeding the camera, size and
 * pixel-ratio watching, and a spare canvas. The real ones are below; tests in Node hand the engine fakes.
 */
export interface TimelinePorts {
  zoom(el: HTMLElement, camera: Camera, limits: ZoomLimits): ZoomPort;
  brush(
    svg: SVGSVGElement,
    full: TimeWindow,
    width: number,
    onBrush: (w: TimeWindow, phase: 'live' | 'end') => void,
  ): BrushPort;
  /** The DOM pass over the elements (axis, lane names, status, overview), moving the brush. */
  overlays(els: TimelineElements, brush: BrushPort): OverlayPort;
  touch(el: HTMLElement, target: TouchTarget): () => void;
  observeSize(el: HTMLElement, onResize: () => void): () => void;
  watchPixelRatio(onChange: () => void): () => void;
  /** A canvas off the page, for the cached base layer (null where there is none). */
  createCanvas(like: HTMLCanvasElement): HTMLCanvasElement | null;
  /**
   * Runs `cb` when the page is next idle (between frames, after input) once `afterMs` have passed, telling it how
   * many ms are left; returns a cancel.
   */
  idle(cb: (msLeft: () => number) => void, afterMs?: number): () => void;
}

export const domPorts: TimelinePorts = {
  zoom: (el, camera, limits) => new ZoomAdapter(el, camera, limits),
  brush: (svg, full, width, onBrush) => new OverviewBrush(svg, full, width, OVERVIEW_H, onBrush),
  overlays: (els, brush) => new Overlays(els, brush),
  touch: attachTouchGestures,
  observeSize(el, onResize) {
    if (typeof ResizeObserver === 'undefined') return () => {};
    const ro = new ResizeObserver(onResize);
    ro.observe(el);
    return () => ro.disconnect();
  },
  watchPixelRatio,
  createCanvas: (like) => like.ownerDocument?.createElement('canvas') ?? null,
  idle(cb, afterMs = 0) {
    let cancel = () => clearTimeout(timer);
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        const h = requestIdleCallback((d) => cb(() => d.timeRemaining()), { timeout: 2000 });
        cancel = () => cancelIdleCallback(h);
      } else cb(() => 0);
    }, afterMs);
    return () => cancel();
  },
};
