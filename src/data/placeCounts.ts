import type { EventIndex } from './model';
import { filterEvents, type FilterCriteria } from './filter';
import { windowRange } from './facetCounts';
import { placeColumns } from './places';
import { lowerBound } from '../lib/bisect';

/**
 * What the Places list shows beside each place: events in view passing the actor, theme and search filters
 * (the place filter itself left out, so the number is what ticking the place would show), counted at the
 * place and everything within it: Afghanistan's count includes Qadis district's.
 */
export function placeCounts(
  index: EventIndex,
  c: FilterCriteria,
  window: readonly [number, number] | null,
  // The search's answer when the caller has it (the worker's on big data); else searched here.
  s?: Uint8Array | null,
): Uint32Array {
  const cols = placeColumns(index);
  const own = new Uint32Array(cols.places.length);
  if (own.length === 0) return own;
  const passing =
    s === undefined ? filterEvents(index, { ...c, places: [] }) : filterEvents(index, { ...c, places: [] }, s);
  const [first, last] = windowRange(index, window);
  const from = window ? window[0] : -Infinity;
  const lo = lowerBound(passing, first, 0, passing.length);
  const hi = lowerBound(passing, last, lo, passing.length);
  for (let j = lo; j < hi; j++) {
    const i = passing[j]!;
    if (index.end[i]! <= from) continue;
    const k = cols.placeOf[i]!;
    if (k >= 0) own[k]!++;
  }
  return rollUp(cols.parent, cols.depth, own);
}

/** Adds each place's count to every place containing it, deepest first. */
export function rollUp(parent: Int32Array, depth: Uint8Array, own: Uint32Array): Uint32Array {
  const total = own.slice();
  const order = Array.from(own.keys()).sort((a, b) => depth[b]! - depth[a]!);
  for (const k of order) if (parent[k]! >= 0) total[parent[k]!]! += total[k]!;
  return total;
}
