import type { EventIndex } from '../../data/model';
import { windowRange } from '../../data/facetCounts';
import { placeColumns } from '../../data/places';
import { lowerBound } from '../../lib/bisect';

/** What the map draws per place: events passing the filters and lying in the window, and their commonest colour group. */
export interface PlaceTally {
  /** Events placed at place k itself. */
  count: Uint32Array;
  /** The colour group (theme or actor position) most of them carry, or -1 for none. */
  group: Int32Array;
  /** Events in the tally (passing, in the window, placed). */
  placed: number;
  /** Events passing and in the window with no place. */
  unplaced: number;
}

/** Cap on places × groups for the per-group tally (a few MB); beyond it each place takes its first event's group. */
const MAX_CELLS = 4_000_000;

/**
 * Tallies the filtered events overlapping the window [from, to) by place. `groupOf(i)` is the colour group of
 * event i (its first theme or actor), or -1. One pass over the events in view; nothing per frame.
 */
export function tallyPlaces(
  index: EventIndex,
  filtered: Uint32Array,
  window: readonly [number, number] | null,
  groupOf: (i: number) => number,
  groups: number,
): PlaceTally {
  const cols = placeColumns(index);
  const n = cols.places.length;
  const count = new Uint32Array(n);
  const group = new Int32Array(n).fill(-1);
  const [first, last] = windowRange(index, window);
  const from = window ? window[0] : -Infinity;
  const lo = lowerBound(filtered, first, 0, filtered.length);
  const hi = lowerBound(filtered, last, lo, filtered.length);
  const perGroup = n * groups <= MAX_CELLS && groups > 0 ? new Uint32Array(n * groups) : null;
  let placed = 0;
  let unplaced = 0;
  for (let j = lo; j < hi; j++) {
    const i = filtered[j]!;
    if (index.end[i]! <= from) continue;
    const k = cols.placeOf[i]!;
    if (k < 0) {
      unplaced++;
      continue;
    }
    placed++;
    count[k]!++;
    const g = groupOf(i);
    if (g < 0) continue;
    if (perGroup) perGroup[k * groups + g]!++;
    else if (group[k] === -1) group[k] = g;
  }
  if (perGroup) {
    for (let k = 0; k < n; k++) {
      if (!count[k]) continue;
      let best = -1;
      let most = 0;
      for (let g = 0; g < groups; g++) {
        const c = perGroup[k * groups + g]!;
        if (c > most) {
          most = c;
          best = g;
        }
      }
      group[k] = best;
    }
  }
  return { count, group, placed, unplaced };
}
