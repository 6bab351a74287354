import { lowerBound } from '../../lib/bisect';
/** Keys that move the keyboard focus between events, and where they go. */
export type MoveKey = 'next' | 'prev' | 'first' | 'last' | 'pageNext' | 'pagePrev';

export const PAGE_STEP = 10;

/**
 * The next focused position (an index into the filtered, time-ordered events) after a key.
 * With nothing focused yet, `anchor` (the first event in view, or -1) is where focus lands.
 */
export function moveFocus(current: number, key: MoveKey, count: number, anchor = -1): number {
  if (count <= 0) return -1;
  const last = count - 1;
  if (current < 0 || current > last) {
    if (key === 'last') return last;
    if (key === 'first') return 0;
    return anchor >= 0 && anchor <= last ? anchor : 0;
  }
  switch (key) {
    case 'next':
      return Math.min(last, current + 1);
    case 'prev':
      return Math.max(0, current - 1);
    case 'pageNext':
      return Math.min(last, current + PAGE_STEP);
    case 'pagePrev':
      return Math.max(0, current - PAGE_STEP);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** Position of event `i` among the filtered events (binary search by time, then a short scan), or -1. */
export function positionOf(filtered: Uint32Array, i: number): number {
  const lo = lowerBound(filtered, i);
  return filtered[lo] === i ? lo : -1;
}
