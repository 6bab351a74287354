import type { EventIndex } from './model';
import { placeColumns, withContents } from './places';

/** Positions of the known place ids (unknown ones ignored), deduplicated. */
export function resolvePlaces(index: EventIndex, ids: readonly string[]): number[] {
  const { placeIndex } = placeColumns(index);
  const out: number[] = [];
  for (const id of ids) {
    const k = placeIndex.get(id);
    if (k !== undefined && !out.includes(k)) out.push(k);
  }
  return out;
}

const cache = new WeakMap<EventIndex, { key: string; mask: Uint8Array | null }>();

/**
 * 1 for the events placed at any picked place or anywhere within one, or null when no place is picked.
 * An event with no place never passes a place filter: nothing says it happened there.
 */
export function placeMask(index: EventIndex, ids: readonly string[] | undefined): Uint8Array | null {
  if (!ids || ids.length === 0) return null;
  const key = ids.join(',');
  const hit = cache.get(index);
  if (hit && hit.key === key) return hit.mask;
  const cols = placeColumns(index);
  const inside = withContents(cols, resolvePlaces(index, ids));
  const mask = new Uint8Array(index.count);
  for (let k = 0; k < inside.length; k++) {
    if (!inside[k]) continue;
    const list = cols.eventsByPlace[k]!;
    for (let j = 0; j < list.length; j++) mask[list[j]!] = 1;
  }
  cache.set(index, { key, mask });
  return mask;
}
