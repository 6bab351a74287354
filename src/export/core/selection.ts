import type { EventIndex } from '../../data/model';

/** The filtered events whose interval meets the window [from, to); all of them when the window is null ("all dates"). */
export function selectInWindow(
  index: EventIndex,
  filtered: Uint32Array,
  window: readonly [number, number] | null,
): Uint32Array {
  if (!window) return filtered;
  const [from, to] = window;
  const out = new Uint32Array(filtered.length);
  let m = 0;
  for (let k = 0; k < filtered.length; k++) {
    const i = filtered[k]!;
    if (index.start[i]! < to && index.end[i]! > from) out[m++] = i;
  }
  return out.slice(0, m);
}

/** Ids of the articles behind the given events (their evidence), in first-quoted order, known to the dataset or not. */
export function articlesBehind(index: EventIndex, positions: ArrayLike<number>, limit = 10_000): string[] {
  const seen = new Set<string>();
  for (let k = 0; k < positions.length && seen.size < limit; k++)
    for (const q of index.event(positions[k]!).evidence) seen.add(q.articleId);
  return [...seen];
}
