import type { Camera } from '../../../src/timeline/core/camera';
import type { TimelineElements } from '../../../src/timeline/engine/elements';
import type { OverlayContext } from '../../../src/timeline/engine/overlays';
import type { TimelinePorts } from '../../../src/timeline/engine/ports';
import type { TimeWindow } from '../../../src/lib/timeWindow';

/*
 * Stand-ins for the browser, so the engine runs in plain Node: elements that are only event targets with the few
 * properties the engine reads, ports that record what they are asked, and animation frames run by hand.
 */

class FakeElement extends EventTarget {
  style: Record<string, string> & { setProperty(k: string, v: string): void } = Object.assign(
    Object.create(null) as Record<string, string>,
    {
      setProperty() {},
    },
  );
  dataset: Record<string, string> = {};
  hidden = true;
  textContent = '';
  tagName = 'DIV';
  clientWidth = 1000;
  clientHeight = 300;
  scrollTop = 0;
  offsetWidth = 120;
  offsetHeight = 40;
  width = 0;
  height = 0;
  children: FakeElement[] = [];
  getBoundingClientRect() {
    return {
      left: 0,
      top: 0,
      right: this.clientWidth,
      bottom: this.clientHeight,
      width: this.clientWidth,
      height: this.clientHeight,
      x: 0,
      y: 0,
    };
  }
  getContext() {
    return null;
  }
  scrollBy(o: { top?: number }) {
    this.scrollTop += o.top ?? 0;
  }
}

export function fakeElements(): TimelineElements {
  const el = () => new FakeElement() as unknown as HTMLElement;
  return {
    root: el(),
    scroller: el(),
    content: el(),
    sticky: el(),
    canvas: el() as unknown as HTMLCanvasElement,
    axis: el() as unknown as SVGSVGElement,
    laneLabels: el(),
    tooltip: el(),
    live: el(),
    status: el(),
    overviewCanvas: el() as unknown as HTMLCanvasElement,
    overviewSvg: el() as unknown as SVGSVGElement,
  };
}

export interface PortLog {
  camera: Camera | null;
  /** Windows the zoom adapter was asked to show (camera moves made elsewhere than d3). */
  synced: TimeWindow[];
  /** Each DOM pass's context. */
  overlays: OverlayContext[];
  /** The brush's callback into the camera. */
  brush: ((w: TimeWindow, phase: 'live' | 'end') => void) | null;
  /** Idle work the engine asked for and that has not run yet (run it with runIdle). */
  idle: ((msLeft: () => number) => void)[];
}

/** Runs the idle work queued so far, and whatever it queues in turn, up to `max` steps; returns how many ran. */
export function runIdle(log: PortLog, max = 1000): number {
  let n = 0;
  while (log.idle.length && n < max) {
    log.idle.shift()!(() => 0);
    n++;
  }
  return n;
}

export function fakePorts(): { ports: TimelinePorts; log: PortLog } {
  const log: PortLog = { camera: null, synced: [], overlays: [], brush: null, idle: [] };
  const ports: TimelinePorts = {
    zoom(_el, camera) {
      log.camera = camera;
      return { update() {}, sync: (w) => log.synced.push(w), destroy() {} };
    },
    brush(_svg, _full, _width, onBrush) {
      log.brush = onBrush;
      return { resize() {}, move() {}, destroy() {} };
    },
    overlays: () => ({ paint: (o) => log.overlays.push(o), destroy() {} }),
    touch: () => () => {},
    observeSize: () => () => {},
    watchPixelRatio: () => () => {},
    createCanvas: () => null,
    idle(cb) {
      log.idle.push(cb);
      return () => {
        const k = log.idle.indexOf(cb);
        if (k >= 0) log.idle.splice(k, 1);
      };
    },
  };
  return { ports, log };
}

/** Animation frames queued by the engine's scheduler, run by `frame()`. */
export function manualFrames() {
  let queue: (() => void)[] = [];
  return {
    request: (cb: () => void) => queue.push(cb),
    cancel: (h: number) => {
      queue[h - 1] = () => {};
    },
    /** Runs every frame requested so far (and nothing requested while they run). */
    frame() {
      const q = queue;
      queue = [];
      for (const cb of q) cb();
    },
  };
}

/** A key press as the engine reads it. */
export function key(
  k: string,
  mods: Partial<Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>> = {},
): Event {
  return Object.assign(new Event('keydown', { cancelable: true }), {
    key: k,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
}

/** A mouse event at canvas pixel (x, y). */
export function mouse(type: string, x: number, y: number): Event {
  return Object.assign(new Event(type), { clientX: x, clientY: y, buttons: 0 });
}
