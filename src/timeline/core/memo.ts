/**
 * Memoises `fn` on its last arguments, compared by identity (Object.is): derived data is recomputed once per change
 * of its inputs, whoever asks and however often, and never kept in step by hand.
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A): R => {
    if (last !== null && last.length === args.length && last.every((a, k) => Object.is(a, args[k]))) return value;
    value = fn(...args);
    last = args;
    return value;
  };
}
