import { lowerBound, upperBound } from '../lib/bisect';

/**
 * The position to move to from `current` through `shown` (ascending event positions, time order):
 * the next shown one after it, or the previous one before it. With nothing selected (-1), "next" is the
 * first and "previous" the last. The current event need not be shown itself. -1 when there is nowhere to go.
 */
export function stepPosition(shown: ArrayLike<number>, current: number, direction: 1 | -1): number {
  const n = shown.length;
  if (n === 0) return -1;
  if (current < 0) return direction === 1 ? shown[0]! : shown[n - 1]!;
  return stepFrom(shown, current, direction);
}

/**
 * The first step with nothing selected, from the time window in view (`start`: the events' start times,
 * ascending): "next" is the first shown event starting in or after the window, "previous" the last one
 * starting before its end; when there is none that way, the nearest the other way. Without a window
 * (everything in view), the first or the last shown event.
 */
export function stepIntoWindow(
  shown: ArrayLike<number>,
  start: ArrayLike<number>,
  window: readonly [number, number] | null,
  direction: 1 | -1,
): number {
  if (!window || shown.length === 0) return stepPosition(shown, -1, direction);
  const edge = direction === 1 ? window[0] : window[1];
  const lo = lowerBound(start, edge);
  // Between event lo - 1 (starting before the edge) and event lo (starting at or after it).
  const at = lo - 0.5;
  const to = stepFrom(shown, at, direction);
  return to >= 0 ? to : stepFrom(shown, at, direction === 1 ? -1 : 1);
}

function stepFrom(shown: ArrayLike<number>, current: number, direction: 1 | -1): number {
  const n = shown.length;
  // First index whose position is > current (for next) or >= current (for previous).
  const lo = direction === 1 ? upperBound(shown, current) : lowerBound(shown, current);
  if (direction === 1) return lo < n ? shown[lo]! : -1;
  return lo > 0 ? shown[lo - 1]! : -1;
}

/** 1-based place of `current` among `shown`, or 0 when it is not shown. */
export function placeOf(shown: ArrayLike<number>, current: number): number {
  const lo = lowerBound(shown, current);
  return lo < shown.length && shown[lo] === current ? lo + 1 : 0;
}
