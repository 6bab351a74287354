import { DAY_MS, type EventIndex } from './model';

/**
 * The one "every date" window (Fit all, Show all, Home): the whole data span plus a small margin each side, so
 * marks at the ends are not cut, and never under a few days.
 */
export function allDatesWindow(span: readonly [number, number]): [number, number] {
  const [lo, hi] = span;
  const dur = Math.max(hi - lo, 4 * DAY_MS);
  const mid = (lo + hi) / 2;
  const half = (dur * 1.06) / 2;
  return [mid - half, mid + half];
}

/** True when [from, to) holds every date of the dataset. */
export function coversSpan(w: readonly [number, number], index: EventIndex): boolean {
  return w[0] <= index.span[0] && w[1] >= index.span[1];
}

/**
 * The window the counts and date inputs describe: the store's window, or the home view when it is null.
 * Null still means "every date" when home is the whole span, so counts keep their fast path.
 */
export function viewWindow(index: EventIndex, window: readonly [number, number] | null): readonly [number, number] | null {
  if (window) return window;
  return coversSpan(index.home, index) ? null : index.home;
}
