// Counts are whole numbers grouped in threes ("1,234,567"), as en-US and en-GB both write them. They are written out
// here rather than through Intl: the page's first Intl formatter loads the browser's locale data, which cost the first
// script tens of ms on a two-core machine, for words like "Generating 1,000,000 synthetic events…".
let other: Intl.NumberFormat | undefined;

/** A count as people read it: 1,234,567. */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n));
    let out = '';
    for (let k = digits.length; k > 0; k -= 3) out = digits.slice(Math.max(0, k - 3), k) + (out ? `,${out}` : '');
    return n < 0 ? `-${out}` : out;
  }
  other ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return other.format(n);
}
