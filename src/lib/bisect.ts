/**
 * Binary search. lowerBound and upperBound are the fast paths over a sorted array of numbers; partitionPoint is the
 * general form, for keys reached through another array (an index list) or compared otherwise (strings).
 */

/** First index k in [lo, hi) of an ascending array with a[k] >= value (hi when there is none). */
export function lowerBound(a: ArrayLike<number>, value: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index k in [lo, hi) of an ascending array with a[k] > value (hi when there is none). */
export function upperBound(a: ArrayLike<number>, value: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First index k in [lo, hi) where `before(k)` is false, for a predicate that holds on a prefix of the range and
 * fails on the rest (hi when it never fails). `lowerBound(a, v)` is `partitionPoint(0, a.length, (k) => a[k] < v)`.
 */
export function partitionPoint(lo: number, hi: number, before: (k: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
