import type { PlaceColumns } from '../data/places';
import type { Basemap, Country } from './core/basemap';
import { countryOutline } from './core/basemap';
import { clusterDots, clusterRadius, dotRadius, type Cluster } from './core/cluster';
import { kmPerWorldUnit, project, type Transform } from './core/camera';
import { RING_KM, symbolFor, type MapSymbol } from './core/symbol';
import type { PlaceTally } from './core/visibleCounts';

/** Per place, what does not change while the camera moves: world position, symbol, outline, ring size. */
export interface PlaceGeometry {
  wx: Float64Array;
  wy: Float64Array;
  symbol: MapSymbol[];
  outline: (Country | null)[];
  /** Ring radius in world units (0 for dots and outlined areas). */
  ringW: Float64Array;
}

export function placeGeometry(cols: PlaceColumns, basemap: Basemap | null): PlaceGeometry {
  const n = cols.places.length;
  const wx = new Float64Array(n);
  const wy = new Float64Array(n);
  const ringW = new Float64Array(n);
  const symbol: MapSymbol[] = [];
  const outline: (Country | null)[] = [];
  cols.places.forEach((p, k) => {
    [wx[k], wy[k]] = project(p.point[0], p.point[1]);
    const o = p.precision === 'country' ? countryOutline(basemap, p) : null;
    outline.push(o?.path ? o : null);
    symbol.push(symbolFor(p.precision, o !== null));
    ringW[k] = RING_KM[p.precision] / kmPerWorldUnit(p.point[1]);
  });
  return { wx, wy, symbol, outline, ringW };
}

export interface AreaMark {
  place: number;
  x: number;
  y: number;
  /** Screen radius of a ring; 0 for an outlined area. */
  r: number;
  count: number;
}

export interface MapFrame {
  t: Transform;
  areas: AreaMark[];
  rings: AreaMark[];
  clusters: Cluster[];
  /** Screen position of every place with events in view (for the keyboard and the debug hook). */
  shown: { place: number; x: number; y: number }[];
}

/** Cluster cell: dots closer than this merge at wide zoom. */
export const CELL = 50;

/** Lays out one frame's marks from the tally and the camera; O(places with events). */
export function layoutMapFrame(
  geo: PlaceGeometry,
  tally: PlaceTally,
  t: Transform,
  width: number,
  height: number,
): MapFrame {
  const areas: AreaMark[] = [];
  const rings: AreaMark[] = [];
  const shown: MapFrame['shown'] = [];
  const dotIds: number[] = [];
  for (let k = 0; k < tally.count.length; k++) {
    const count = tally.count[k]!;
    if (!count) continue;
    const x = geo.wx[k]! * t.k + t.x;
    const y = geo.wy[k]! * t.k + t.y;
    shown.push({ place: k, x, y });
    const s = geo.symbol[k]!;
    if (s === 'dot') dotIds.push(k);
    else if (s === 'area') areas.push({ place: k, x, y, r: 0, count });
    // A ring is at least big enough to show round its count, so a small district still reads as an area, not a dot.
    else rings.push({ place: k, x, y, r: Math.max(13, geo.ringW[k]! * t.k), count });
  }
  const xs = new Float64Array(dotIds.length);
  const ys = new Float64Array(dotIds.length);
  const counts = new Uint32Array(dotIds.length);
  dotIds.forEach((k, j) => {
    xs[j] = geo.wx[k]! * t.k + t.x;
    ys[j] = geo.wy[k]! * t.k + t.y;
    counts[j] = tally.count[k]!;
  });
  // Biggest rings first, so smaller ones inside them stay visible and clickable.
  rings.sort((a, b) => b.r - a.r);
  return { t, areas, rings, clusters: clusterDots(dotIds, xs, ys, counts, width, height, CELL), shown };
}

export type MapHit = { kind: 'cluster'; cluster: Cluster } | { kind: 'place'; place: number } | null;

/** What is under a point: a dot or cluster first, then the smallest ring, then a country outline (via `inArea`). */
export function hitMap(f: MapFrame, x: number, y: number, inArea: (place: number) => boolean): MapHit {
  for (const c of f.clusters) {
    const r = c.places.length === 1 ? dotRadius(c.count) : clusterRadius(c.count);
    if (Math.hypot(c.x - x, c.y - y) <= r + 3)
      return c.places.length === 1 ? { kind: 'place', place: c.places[0]! } : { kind: 'cluster', cluster: c };
  }
  for (let j = f.rings.length - 1; j >= 0; j--) {
    const m = f.rings[j]!;
    if (Math.hypot(m.x - x, m.y - y) <= m.r) return { kind: 'place', place: m.place };
  }
  for (const m of f.areas)
    if (Math.hypot(m.x - x, m.y - y) <= 14 || inArea(m.place)) return { kind: 'place', place: m.place };
  return null;
}
