// One formatter for every count on the page: toLocaleString builds a new one per call, which shows when a keystroke
// re-renders thousands of counts at a million events.
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count as people read it: 1,234,567. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
