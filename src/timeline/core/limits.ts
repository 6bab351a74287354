import { DAY_MS } from '../../lib/days';
import { allDatesWindow, clampWindow } from '../../data/home';
import type { TimeWindow } from '../../lib/timeWindow';

export { clampWindow, MIN_WINDOW_MS } from '../../data/home';

/** The widest window, and the one "every date" view: data/home.ts's allDatesWindow. */
export const fullWindow = allDatesWindow;

/** A window that shows [lo, hi) with breathing room, clamped to the limits (used to fit a badge's events). */
export function fitWindow(lo: number, hi: number, full: readonly [number, number]): TimeWindow {
  const pad = Math.max((hi - lo) * 0.15, DAY_MS / 2);
  return clampWindow([lo - pad, hi + pad], full);
}

/** The window to store for a view: null when it is the home view (give or take rounding), so a link back home stays bare. */
export function windowOrHome(w: readonly [number, number], home: readonly [number, number]): TimeWindow | null {
  const dur = Math.max(w[1] - w[0], home[1] - home[0], 1);
  const close = Math.abs(w[0] - home[0]) <= dur * 0.002 && Math.abs(w[1] - home[1]) <= dur * 0.002;
  return close ? null : [Math.round(w[0]), Math.round(w[1])];
}
