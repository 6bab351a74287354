import { DAY_MS, type EventIndex } from './model';
import type { TimeWindow } from '../lib/timeWindow';

/** The narrowest window any view zooms to: about a day. */
export const MIN_WINDOW_MS = DAY_MS;

/**
 * The one "every date" window (Fit all, Show all, Home): the whole data span plus a small margin each side, so
 * marks at the ends are not cut, and never under a few days.
 */
export function allDatesWindow(span: readonly [number, number]): TimeWindow {
  const [lo, hi] = span;
  const dur = Math.max(hi - lo, 4 * DAY_MS);
  const mid = (lo + hi) / 2;
  const half = (dur * 1.06) / 2;
  return [mid - half, mid + half];
}

/** Fits a requested window inside the limits: at least a day wide, at most the full window, and inside it. */
export function clampWindow(w: readonly [number, number], full: readonly [number, number]): TimeWindow {
  const fullDur = full[1] - full[0];
  let dur = Math.min(Math.max(w[1] - w[0], MIN_WINDOW_MS), fullDur);
  if (!Number.isFinite(dur)) dur = fullDur;
  let from = (w[0] + w[1]) / 2 - dur / 2;
  if (!Number.isFinite(from)) from = full[0];
  from = Math.min(Math.max(from, full[0]), full[1] - dur);
  return [from, from + dur];
}

/** True when [from, to) holds every date of the dataset. */
export function coversSpan(w: readonly [number, number], index: Pick<EventIndex, 'span'>): boolean {
  return w[0] <= index.span[0] && w[1] >= index.span[1];
}

const homes = new WeakMap<object, TimeWindow>();

/**
 * The window a null store window shows (where the timeline opens): the dataset's home inside the limits, or the
 * "every date" window when the dataset names no home of its own. The one spelling of "home"; one array per index.
 */
export function homeWindow(index: Pick<EventIndex, 'home' | 'span'>): TimeWindow {
  let w = homes.get(index);
  if (!w) {
    const full = allDatesWindow(index.span);
    w = coversSpan(index.home, index) ? full : clampWindow(index.home, full);
    homes.set(index, w);
  }
  return w;
}

/**
 * The window the counts and date inputs describe: the store's window, or the home view when it is null.
 * Null still means "every date" when home is the whole span, so counts keep their fast path.
 */
export function viewWindow(
  index: Pick<EventIndex, 'home' | 'span'>,
  window: readonly [number, number] | null,
): readonly [number, number] | null {
  if (window) return window;
  return coversSpan(index.home, index) ? null : homeWindow(index);
}
