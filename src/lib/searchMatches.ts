import { normalizeText } from './normalize';

/**
 * Where a search query occurs in a text, ignoring case, accents and typographic punctuation.
 * Returns [start, end) ranges in the original text's UTF-16 offsets, in order, not overlapping.
 */
export function searchMatches(text: string, query: string): [number, number][] {
  const needle = normalizeText(query.trim());
  if (!needle) return [];
  // Normalise character by character so every folded position maps back to an original offset.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = normalizeText(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  const out: [number, number][] = [];
  for (let from = 0; ; ) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const endFolded = at + needle.length;
    let end = origin[endFolded]!;
    // Extend to the end of the last original character touched.
    if (endFolded > 0 && origin[endFolded - 1] === end) end = end + 1;
    out.push([origin[at]!, Math.min(end, text.length)]);
    from = endFolded;
  }
  return out;
}
