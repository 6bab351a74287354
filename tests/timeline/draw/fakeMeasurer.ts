import type { Measurer } from '../../../src/timeline/draw/textWidths';

/** A measurer of fixed advances per character, counting its calls; `acrossSpace` kerns "a b" pairs by -0.5. */
export function fakeMeasurer(acrossSpace = false): Measurer & { calls: number } {
  const m = {
    font: '',
    calls: 0,
    measureText(text: string) {
      m.calls++;
      let w = 0;
      for (const ch of text) w += ch === ' ' ? 3 : ch === '…' ? 9 : (ch.charCodeAt(0) % 7) + 4.25;
      if (acrossSpace) w -= 0.5 * (text.match(/a b/g)?.length ?? 0);
      return { width: w };
    },
  };
  return m;
}
