/**
 * One animation-frame scheduler per view (the timeline, the map), after Perfetto's raf_scheduler: any number of
 * requests in a frame collapse into one run, so nothing is drawn twice per frame and nothing from a React render.
 * Canvas work and DOM work are separate passes, so a hover repaints the canvas without touching the DOM; callbacks
 * queued with `afterPaint` run once both passes of the frame are done (they see this frame's layout and scroll).
 */
export interface FramePasses {
  /** Draws the canvas (runs first). */
  canvas?: () => void;
  /** Writes DOM overlays: axis, labels, status words (runs second). */
  dom?: () => void;
}

export interface FrameScheduler {
  /** Both passes next frame. */
  request(): void;
  requestCanvas(): void;
  requestDom(): void;
  /** Runs `cb` once after the next frame's passes (a frame is requested if none is pending). */
  afterPaint(cb: () => void): void;
  /** Runs a pending frame now (tests and the benchmark use it). */
  flush(): void;
  destroy(): void;
}

export function createScheduler(passes: FramePasses): FrameScheduler {
  let handle = 0;
  let dead = false;
  let canvas = false;
  let dom = false;
  let pending: (() => void)[] = [];
  const run = () => {
    handle = 0;
    if (dead) return;
    const c = canvas;
    canvas = false;
    if (c) passes.canvas?.();
    // Read after the canvas pass, which may ask for the DOM pass of its own frame (status words that follow the paint).
    const d = dom;
    dom = false;
    if (d) passes.dom?.();
    const cbs = pending;
    pending = [];
    for (const cb of cbs) cb();
  };
  const schedule = () => {
    if (!handle && !dead) handle = requestAnimationFrame(run);
  };
  return {
    request() {
      canvas = dom = true;
      schedule();
    },
    requestCanvas() {
      canvas = true;
      schedule();
    },
    requestDom() {
      dom = true;
      schedule();
    },
    afterPaint(cb) {
      if (dead) return;
      pending.push(cb);
      schedule();
    },
    flush() {
      if (!handle) return;
      cancelAnimationFrame(handle);
      run();
    },
    destroy() {
      dead = true;
      pending = [];
      if (handle) cancelAnimationFrame(handle);
      handle = 0;
    },
  };
}
