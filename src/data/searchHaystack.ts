import type { EventIndex } from './model';

/**
 * Every event's search text in one string, so that a search is a few indexOf calls instead of one call per event.
 * Synthetic data builds each event's text on demand (about 4 µs an event), so a fresh search over 100k events
 * would cost ~400 ms each time; with the haystack it costs a few milliseconds after a one-off build, which can
 * be done in idle slices before anyone searches. Above HAYSTACK_MAX events the memory is not worth it.
 */
export const HAYSTACK_MAX = 250_000;
const SEP = '\u0000';

export interface Haystack {
  text: string;
  /** starts[i]: offset of event i's text; starts[count]: text length + 1. */
  starts: Uint32Array;
}

interface Building {
  parts: string[];
  next: number;
  done: Haystack | null;
}

const building = new WeakMap<EventIndex, Building>();

/** Adds up to `budget` more events to the index's haystack; returns it once complete, else null (or null when too big). */
export function buildHaystack(index: EventIndex, budget = Infinity): Haystack | null {
  if (index.count > HAYSTACK_MAX) return null;
  let b = building.get(index);
  if (!b) building.set(index, (b = { parts: [], next: 0, done: null }));
  if (b.done) return b.done;
  const stop = Math.min(index.count, b.next + budget);
  for (; b.next < stop; b.next++) b.parts.push(index.searchText(b.next));
  if (b.next < index.count) return null;
  const starts = new Uint32Array(index.count + 1);
  let at = 0;
  for (let i = 0; i < index.count; i++) {
    starts[i] = at;
    at += b.parts[i]!.length + 1;
  }
  starts[index.count] = at;
  b.done = { text: b.parts.join(SEP), starts };
  b.parts = [];
  return b.done;
}

/** 1 for each event whose text contains the needle. */
export function searchHaystack(h: Haystack, needle: string, count: number): Uint8Array {
  const mask = new Uint8Array(count);
  const { text, starts } = h;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    // The event whose text holds `at`: the last start <= at.
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    mask[lo] = 1;
    from = starts[lo + 1]!;
  }
  return mask;
}
