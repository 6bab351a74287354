// Made when first needed: building a segmenter loads ICU's break rules, which costs the page's first script ~15 ms.
let graphemes: Intl.Segmenter | null | undefined;

function segmenter(): Intl.Segmenter | null {
  graphemes ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  return graphemes;
}

/** The user-perceived characters of a text (a flag, a family emoji or an accented letter is one). */
export function splitGraphemes(text: string): string[] {
  const g = segmenter();
  return g ? Array.from(g.segment(text), (s) => s.segment) : [...text];
}

/** The text cut to at most `max` characters with "…" in place of the rest; never cuts an emoji or a letter in two. */
export function clip(text: string, max: number): string {
  // No more code units than `max` is no more characters either: nothing to cut.
  if (text.length <= max) return text;
  const parts = splitGraphemes(text);
  return parts.length > max ? `${parts.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}
