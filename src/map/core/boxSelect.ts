import type { PlaceColumns } from '../../data/places';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

const inside = (b: Bounds, box: Bounds) =>
  b[0][0] >= box[0][0] && b[1][0] <= box[1][0] && b[0][1] >= box[0][1] && b[1][1] <= box[1][1];

/**
 * The places a box drawn on the map stands for: those whose whole extent lies inside it (a dot's point; an
 * area's outline or ring), that have events, and whose container is not itself picked (Afghanistan stands for
 * Kabul). So a box round Kabul does not pick "Afghanistan", where an event known only to the country may be anywhere.
 */
export function placesInBox(
  cols: PlaceColumns,
  extentOf: (k: number) => Bounds,
  hasEvents: (k: number) => boolean,
  box: Bounds,
): number[] {
  const n = cols.places.length;
  const picked = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (hasEvents(k) && inside(extentOf(k), box)) picked[k] = 1;
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!picked[k]) continue;
    let covered = false;
    for (let at = cols.parent[k]!, d = 0; at >= 0 && d < 32; at = cols.parent[at]!, d++) if (picked[at]) covered = true;
    if (!covered) out.push(k);
  }
  return out;
}

/** The degrees a ring of `km` round [lon, lat] spans, as bounds. */
export function ringBounds(lon: number, lat: number, km: number): Bounds {
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return [
    [lon - dLon, lat - dLat],
    [lon + dLon, lat + dLat],
  ];
}
