import { DAY_MS } from '../../data/model';
import { allDatesWindow } from '../../data/home';

/** The narrowest window the timeline zooms to: about a day. */
export const MIN_WINDOW_MS = DAY_MS;

/** The widest window, and the one "every date" view: data/home.ts's allDatesWindow. */
export const fullWindow = allDatesWindow;

/** Fits a requested window inside the limits: at least a day wide, at most the full window, and inside it. */
export function clampWindow(w: readonly [number, number], full: readonly [number, number]): [number, number] {
  const fullDur = full[1] - full[0];
  let dur = Math.min(Math.max(w[1] - w[0], MIN_WINDOW_MS), fullDur);
  if (!Number.isFinite(dur)) dur = fullDur;
  let from = (w[0] + w[1]) / 2 - dur / 2;
  if (!Number.isFinite(from)) from = full[0];
  from = Math.min(Math.max(from, full[0]), full[1] - dur);
  return [from, from + dur];
}

/** A window that shows [lo, hi) with breathing room, clamped to the limits (used to fit a badge's events). */
export function fitWindow(lo: number, hi: number, full: readonly [number, number]): [number, number] {
  const pad = Math.max((hi - lo) * 0.15, DAY_MS / 2);
  return clampWindow([lo - pad, hi + pad], full);
}

/**
 * The window the timeline shows when the store's window is null: the dataset's home, inside the limits.
 * Without a home of its own (home is the whole span) it is the full window, margins and all.
 */
export function homeWindow(home: readonly [number, number], span: readonly [number, number]): [number, number] {
  const full = fullWindow(span);
  if (home[0] <= span[0] && home[1] >= span[1]) return full;
  return clampWindow(home, full);
}

/** The window to store for a view: null when it is the home view (give or take rounding), so a link back home stays bare. */
export function windowOrHome(w: readonly [number, number], home: readonly [number, number]): [number, number] | null {
  const dur = Math.max(w[1] - w[0], home[1] - home[0], 1);
  const close = Math.abs(w[0] - home[0]) <= dur * 0.002 && Math.abs(w[1] - home[1]) <= dur * 0.002;
  return close ? null : [Math.round(w[0]), Math.round(w[1])];
}
