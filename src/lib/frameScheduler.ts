/**
 * One animation-frame scheduler per view (the timeline, the map): any number of requests in a frame collapse into
 * a single call of `draw`, so nothing is drawn twice per frame and nothing is drawn from a React render.
 */
export interface FrameScheduler {
  request(): void;
  /** Draws now if a frame is pending (tests and the benchmark use it). */
  flush(): void;
  destroy(): void;
}

export function createScheduler(draw: () => void): FrameScheduler {
  let handle = 0;
  let dead = false;
  const run = () => {
    handle = 0;
    if (!dead) draw();
  };
  return {
    request() {
      if (!handle && !dead) handle = requestAnimationFrame(run);
    },
    flush() {
      if (!handle) return;
      cancelAnimationFrame(handle);
      run();
    },
    destroy() {
      dead = true;
      if (handle) cancelAnimationFrame(handle);
      handle = 0;
    },
  };
}
