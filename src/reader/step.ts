/**
 * Stepping through the shown events in the order they are told (see data/storyOrder): `shown` holds event positions
 * in that order and `rank[i]` is event i's place in it. Without `rank`, the order is the positions' own (time order).
 */
import { partitionPoint } from '../lib/bisect';

type Rank = ArrayLike<number> | undefined;

const placeKey = (rank: Rank, i: number) => (rank ? rank[i]! : i);

/** First k with key(shown[k]) >= value (strict: > value). */
function search(shown: ArrayLike<number>, value: number, strict: boolean, key: (i: number) => number): number {
  return partitionPoint(0, shown.length, strict ? (k) => key(shown[k]!) <= value : (k) => key(shown[k]!) < value);
}

/**
 * The position to move to from `current` through `shown`: the next shown one after it, or the previous one before
 * it. With nothing selected (-1), "next" is the first and "previous" the last. The current event need not be shown
 * itself. -1 when there is nowhere to go.
 */
export function stepPosition(
  shown: ArrayLike<number>,
  current: number,
  direction: 1 | -1,
  rank?: ArrayLike<number>,
): number {
  const n = shown.length;
  if (n === 0) return -1;
  if (current < 0) return direction === 1 ? shown[0]! : shown[n - 1]!;
  const key = (i: number) => placeKey(rank, i);
  const lo = search(shown, key(current), direction === 1, key);
  if (direction === 1) return lo < n ? shown[lo]! : -1;
  return lo > 0 ? shown[lo - 1]! : -1;
}

/**
 * The first step with nothing selected, from the time window in view (`time[i]`: when event i is told, ascending
 * along `shown`): "next" is the first shown event told in or after the window, "previous" the last one told before
 * its end; when there is none that way, the nearest the other way. Without a window (everything in view), the first
 * or the last shown event.
 */
export function stepIntoWindow(
  shown: ArrayLike<number>,
  time: ArrayLike<number>,
  window: readonly [number, number] | null,
  direction: 1 | -1,
): number {
  const n = shown.length;
  if (!window || n === 0) return stepPosition(shown, -1, direction);
  const key = (i: number) => time[i]!;
  const next = search(shown, window[0], false, key);
  const before = search(shown, window[1], false, key) - 1;
  if (direction === 1) return next < n ? shown[next]! : shown[n - 1]!;
  return before >= 0 ? shown[before]! : shown[0]!;
}

/** 1-based place of `current` among `shown`, or 0 when it is not shown. */
export function placeOf(shown: ArrayLike<number>, current: number, rank?: ArrayLike<number>): number {
  const key = (i: number) => placeKey(rank, i);
  const lo = search(shown, key(current), false, key);
  return lo < shown.length && shown[lo] === current ? lo + 1 : 0;
}
