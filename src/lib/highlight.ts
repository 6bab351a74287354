/** A highlight over [start, end) UTF-16 offsets of a text; higher priority draws on top. */
export interface HighlightRange<T = unknown> {
  start: number;
  end: number;
  priority: number;
  data: T;
}

/** A run of text covered by exactly the same set of ranges from start to end. */
export interface Segment<T = unknown> {
  start: number;
  end: number;
  text: string;
  /** The ranges covering this run: highest priority first, then the innermost (shortest), then earliest. */
  covers: HighlightRange<T>[];
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset that falls inside a surrogate pair (an emoji, say) to the pair's start or end. */
export function snapOffset(text: string, offset: number, direction: 'back' | 'forward'): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
    return direction === 'back' ? offset - 1 : offset + 1;
  return offset;
}

function byStrength<T>(a: HighlightRange<T>, b: HighlightRange<T>): number {
  return b.priority - a.priority || a.end - a.start - (b.end - b.start) || a.start - b.start;
}

/**
 * Cuts text[from, to) into non-overlapping segments, each carrying the set of ranges that cover it, so that
 * overlapping and nested highlights render exactly. Ranges are clipped to [from, to) and widened to whole
 * characters; empty ranges are dropped. Segments are in order, cover [from, to) with no gaps, and never split
 * a surrogate pair.
 */
export function highlightSegments<T>(
  text: string,
  ranges: readonly HighlightRange<T>[],
  from = 0,
  to = text.length,
): Segment<T>[] {
  const lo = snapOffset(text, Math.max(0, from), 'back');
  const hi = snapOffset(text, Math.min(text.length, to), 'forward');
  if (hi <= lo) return [];
  const clipped: HighlightRange<T>[] = [];
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const start = snapOffset(text, Math.max(r.start, lo), 'back');
    const end = snapOffset(text, Math.min(r.end, hi), 'forward');
    if (end > start) clipped.push({ ...r, start, end });
  }
  const cuts = new Set<number>([lo, hi]);
  for (const r of clipped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: ranges sorted by start enter the active set as the cursor passes them, and leave when it reaches their end.
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: HighlightRange<T>[] = [];
  const out: Segment<T>[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    active = active.filter((r) => r.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    out.push({ start: a, end: b, text: text.slice(a, b), covers: [...active].sort(byStrength) });
  }
  return out;
}

/**
 * Cuts in-order segments (from highlightSegments) into sorted, non-overlapping windows such as paragraphs:
 * one list per window, segments clipped to it. Linear in segments + windows, so a long article with many
 * paragraphs is segmented once rather than once per paragraph.
 */
export function splitSegments<T>(
  text: string,
  segments: readonly Segment<T>[],
  windows: readonly { start: number; end: number }[],
): Segment<T>[][] {
  const out: Segment<T>[][] = [];
  let k = 0;
  for (const w of windows) {
    const lo = snapOffset(text, w.start, 'back');
    const hi = snapOffset(text, w.end, 'forward');
    while (k < segments.length && segments[k]!.end <= lo) k++;
    const part: Segment<T>[] = [];
    for (let j = k; j < segments.length && segments[j]!.start < hi; j++) {
      const s = segments[j]!;
      const start = Math.max(s.start, lo);
      const end = Math.min(s.end, hi);
      if (end > start)
        part.push(start === s.start && end === s.end ? s : { ...s, start, end, text: text.slice(start, end) });
    }
    out.push(part);
  }
  return out;
}
