// One formatter for every count on the page, made when first needed: toLocaleString builds a new one per call, which
// shows when a keystroke re-renders thousands of counts at a million events.
let count: Intl.NumberFormat | undefined;

/** A count as people read it: 1,234,567. */
export function formatCount(n: number): string {
  count ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return count.format(n);
}
