import type { EventIndex } from './model';
import type { PlaceT } from './schema';

/**
 * The place columns of an index, derived once: each place's parent and depth, the id lookup, and for each
 * place the sorted positions of the events placed exactly there. Data without places gets empty columns.
 */
export interface PlaceColumns {
  places: readonly PlaceT[];
  /** Position of each place's `within`, or -1 for a top-level place (or an unknown parent). */
  parent: Int32Array;
  /** 0 for a top-level place, 1 for a place within one, … */
  depth: Uint8Array;
  placeIndex: Map<string, number>;
  /** Position of event i's place, or -1. */
  placeOf: Int32Array;
  /** Positions of the events placed at place k itself (not its contents), in time order. */
  eventsByPlace: Uint32Array[];
}

const cache = new WeakMap<EventIndex, PlaceColumns>();
const MAX_DEPTH = 32;

export function placeColumns(index: EventIndex): PlaceColumns {
  let cols = cache.get(index);
  if (cols) return cols;
  const places = index.places ?? [];
  const placeIndex = new Map(places.map((p, k) => [p.id, k]));
  const parent = Int32Array.from(places, (p) => (p.within == null ? -1 : (placeIndex.get(p.within) ?? -1)));
  const depth = new Uint8Array(places.length);
  for (let k = 0; k < places.length; k++) {
    let d = 0;
    // Bounded, so a containment loop in unvalidated data cannot hang the page.
    for (let at = parent[k]!; at >= 0 && d < MAX_DEPTH; at = parent[at]!) d++;
    depth[k] = d;
  }
  const placeOf = index.placeOf ?? new Int32Array(index.count).fill(-1);
  // Two passes over every event, so built when first asked for (the place filter, the map), not for the first counts.
  let byPlace: Uint32Array[] | null = null;
  cols = {
    places,
    parent,
    depth,
    placeIndex,
    placeOf,
    get eventsByPlace() {
      return (byPlace ??= groupByPlace(placeOf, places.length));
    },
  };
  cache.set(index, cols);
  return cols;
}

/** Positions of the events at each place, in time order, sharing one buffer. */
function groupByPlace(placeOf: Int32Array, count: number): Uint32Array[] {
  const sizes = new Uint32Array(count + 1);
  for (let i = 0; i < placeOf.length; i++) if (placeOf[i]! >= 0) sizes[placeOf[i]! + 1]!++;
  for (let k = 0; k < count; k++) sizes[k + 1]! += sizes[k]!;
  const buffer = new Uint32Array(sizes[count]!);
  const fill = sizes.slice(0, count);
  for (let i = 0; i < placeOf.length; i++) if (placeOf[i]! >= 0) buffer[fill[placeOf[i]!]!++] = i;
  return Array.from({ length: count }, (_, k) => buffer.subarray(sizes[k]!, sizes[k + 1]!));
}

/** 1 for each picked place and every place within it (at any depth); Afghanistan includes Qadis. */
export function withContents(cols: PlaceColumns, picked: readonly number[]): Uint8Array {
  const n = cols.places.length;
  const mask = new Uint8Array(n);
  for (const k of picked) if (k >= 0 && k < n) mask[k] = 1;
  if (picked.length === 0) return mask;
  for (let k = 0; k < n; k++) {
    if (mask[k]) continue;
    for (let at = cols.parent[k]!, d = 0; at >= 0 && d < MAX_DEPTH; at = cols.parent[at]!, d++) {
      if (mask[at]) {
        mask[k] = 1;
        break;
      }
    }
  }
  return mask;
}

/** The chain from a place up to its top-level container, the place first. */
export function ancestry(cols: PlaceColumns, k: number): number[] {
  const out: number[] = [];
  for (let at = k; at >= 0 && out.length <= MAX_DEPTH; at = cols.parent[at]!) out.push(at);
  return out;
}

/** "Qadis district, Badghis province, Afghanistan": a place with what contains it. */
export function placeTrail(cols: PlaceColumns, k: number): string {
  return ancestry(cols, k)
    .map((p) => cols.places[p]!.name)
    .join(', ');
}
