/**
 * Memoises `fn` on its last arguments, compared by identity (Object.is): derived data is recomputed once per change
 * of its inputs, whoever asks and however often, and never kept in step by hand.
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A): R => {
    if (last !== null && sameArgs(last, args)) return value;
    value = fn(...args);
    last = args;
    return value;
  };
}

/** True when two argument lists hold the same values, compared by identity (Object.is). */
export function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, k) => Object.is(x, b[k]));
}
