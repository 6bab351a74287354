import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

/**
 * The base map: Natural Earth country outlines from world-atlas, shipped with the app (no tiles, no network).
 * 1:110m loads with the map; 1:50m is fetched once someone zooms in to a region. Outlines are turned into
 * Path2D once, in "base units" (the world is BASE pixels wide, zoom 8), and drawn under a scale per frame.
 */
export const BASE = 65536;

export interface Country {
  name: string;
  path: Path2D | null;
  /** [[west, south], [east, north]] in degrees. */
  bounds: [[number, number], [number, number]];
  /** [x0, y0, x1, y1] in base units, to skip outlines off screen. */
  box: [number, number, number, number];
}

export interface Basemap {
  detail: '110m' | '50m';
  countries: Country[];
  byName: Map<string, Country>;
}

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Names a dataset may use for a country that Natural Earth spells otherwise. */
const ALIASES: Record<string, string> = {
  'united-states': 'united-states-of-america',
  usa: 'united-states-of-america',
  us: 'united-states-of-america',
  uae: 'united-arab-emirates',
  uk: 'united-kingdom',
};

export function buildBasemap(atlas: Atlas, detail: Basemap['detail']): Basemap {
  const projection = geoMercator().scale(BASE / (2 * Math.PI)).translate([BASE / 2, BASE / 2]);
  const fc = feature(atlas, atlas.objects.countries);
  const canPath = typeof Path2D !== 'undefined';
  const measure = geoPath(projection);
  const countries = fc.features.map((f: Feature<Geometry, { name: string }>) => {
    let path: Path2D | null = null;
    if (canPath) {
      path = new Path2D();
      geoPath(projection, path as unknown as CanvasRenderingContext2D)(f);
    }
    const [[x0, y0], [x1, y1]] = measure.bounds(f);
    return { name: f.properties.name, path, bounds: geoBounds(f), box: [x0, y0, x1, y1] as Country['box'] };
  });
  const byName = new Map(countries.map((c) => [slug(c.name), c]));
  return { detail, countries, byName };
}

/** The base-map outline of a country place, matched by its id or name; null when the base map has none. */
export function countryOutline(map: Basemap | null, place: { id: string; name: string }): Country | null {
  if (!map) return null;
  for (const key of [place.id, slug(place.name)]) {
    const c = map.byName.get(ALIASES[key] ?? key);
    if (c) return c;
  }
  return null;
}

const loading = new Map<Basemap['detail'], Promise<Basemap>>();

/** Loads a base map's data (its own chunk) once; later calls share the first load. */
export function loadBasemap(detail: Basemap['detail']): Promise<Basemap> {
  let p = loading.get(detail);
  if (!p) {
    p = fetchBasemap(detail);
    loading.set(detail, p);
    // A failed load may be retried by the next map that mounts.
    p.catch(() => loading.delete(detail));
  }
  return p;
}

async function fetchBasemap(detail: Basemap['detail']): Promise<Basemap> {
  const mod = detail === '110m' ? await import('world-atlas/countries-110m.json') : await import('world-atlas/countries-50m.json');
  return buildBasemap((mod.default ?? mod) as unknown as Atlas, detail);
}
