import type { Range } from '../lib/locate';

/**
 * The paragraphs of an article's raw text as [start, end) offsets, with hidden runs (page chrome) cut out.
 * Article files are not hard-wrapped (one line per paragraph, sometimes with blank lines between), so every
 * line break ends a paragraph, and so does a hidden run. Paragraphs are trimmed of surrounding white space, and
 * dropped when nothing but white space is left. Offsets stay those of the raw text, so highlights computed
 * on the raw text apply unchanged.
 */
export function paragraphs(text: string, hidden: readonly Range[] = []): Range[] {
  const cuts = [...hidden].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  const visible: Range[] = [];
  let at = 0;
  for (const h of cuts) {
    if (h.start > at) visible.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < text.length) visible.push({ start: at, end: text.length });

  const out: Range[] = [];
  const breakRe = /\s*\n\s*/g;
  for (const piece of visible) {
    const slice = text.slice(piece.start, piece.end);
    let from = 0;
    const push = (a: number, b: number) => {
      const part = slice.slice(a, b);
      const lead = part.length - part.trimStart().length;
      const trail = part.length - part.trimEnd().length;
      if (lead < part.length) out.push({ start: piece.start + a + lead, end: piece.start + b - trail });
    };
    breakRe.lastIndex = 0;
    for (let m = breakRe.exec(slice); m; m = breakRe.exec(slice)) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, slice.length);
  }
  return out;
}
