/** A [start, end) range of UTF-16 offsets in an article's raw text. */
export interface Range {
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds a verbatim quote in a text. An exact match wins; failing that, runs of white space in the quote
 * match any run of white space in the text (a quote that crosses a paragraph break, re-wrapped).
 * Returns every occurrence, in order; empty when the quote does not occur.
 */
export function locateAll(text: string, quote: string): Range[] {
  if (!quote) return [];
  const out: Range[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    out.push({ start: at, end: at + quote.length });
  if (out.length > 0) return out;
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === '') return [];
  const re = new RegExp(words.join('\\s+'), 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first place a verbatim quote occurs in a text, or null. */
export function locate(text: string, quote: string): Range | null {
  return locateAll(text, quote)[0] ?? null;
}
