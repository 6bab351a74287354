const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** The user-perceived characters of a text (a flag, a family emoji or an accented letter is one). */
export function splitGraphemes(text: string): string[] {
  return graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : [...text];
}

/** The text cut to at most `max` characters with "…" in place of the rest; never cuts an emoji or a letter in two. */
export function clip(text: string, max: number): string {
  const parts = splitGraphemes(text);
  return parts.length > max ? `${parts.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}
