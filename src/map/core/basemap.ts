import { BASE, flattenAtlas, type Atlas, type FlatBasemap } from './basemapFlat';

/**
 * The base map: Natural Earth country outlines from world-atlas, shipped with the app (no tiles, no network).
 * 1:110m loads with the map; 1:50m once someone zooms in to a region. A worker parses and projects them (into
 * "base units": the world is BASE pixels wide, zoom 8); here they become one Path2D per country, drawn under a
 * scale.
 */
export { BASE };

export interface Country {
  readonly name: string;
  readonly path: Path2D | null;
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

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Names a dataset may use for a country that Natural Earth spells otherwise. */
const ALIASES: Record<string, string> = {
  'united-states': 'united-states-of-america',
  usa: 'united-states-of-america',
  us: 'united-states-of-america',
  uae: 'united-arab-emirates',
  uk: 'united-kingdom',
};

/**
 * A country whose Path2D is made the first time it is drawn or hit-tested: 1:50m holds a few hundred thousand
 * points, and building them all at once when it arrives would stall a frame; tiles build what they need in budget.
 */
class LazyCountry implements Country {
  private made: Path2D | null | undefined;
  constructor(
    readonly name: string,
    readonly bounds: Country['bounds'],
    readonly box: Country['box'],
    private readonly flat: FlatBasemap,
    private readonly c: number,
  ) {}

  get path(): Path2D | null {
    if (this.made !== undefined) return this.made;
    if (typeof Path2D === 'undefined') return (this.made = null);
    const { xy, ringStart, ringOffset } = this.flat;
    const path = new Path2D();
    for (let r = ringOffset[this.c]!; r < ringOffset[this.c + 1]!; r++) {
      const a = ringStart[r]!;
      const b = r + 1 < ringStart.length ? ringStart[r + 1]! : xy.length / 2;
      path.moveTo(xy[2 * a]!, xy[2 * a + 1]!);
      for (let k = a + 1; k < b; k++) path.lineTo(xy[2 * k]!, xy[2 * k + 1]!);
      path.closePath();
    }
    return (this.made = path);
  }
}

/** The countries of the flat outlines (each Path2D made on first use). */
export function basemapFromFlat(flat: FlatBasemap, detail: Basemap['detail']): Basemap {
  const { bounds } = flat;
  const countries: Country[] = flat.names.map((name, c) => {
    const o = 8 * c;
    return new LazyCountry(
      name,
      [
        [bounds[o]!, bounds[o + 1]!],
        [bounds[o + 2]!, bounds[o + 3]!],
      ],
      [bounds[o + 4]!, bounds[o + 5]!, bounds[o + 6]!, bounds[o + 7]!],
      flat,
      c,
    );
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

/** Parses and projects in a worker where there is one; else (tests, old browsers) here. */
async function fetchBasemap(detail: Basemap['detail']): Promise<Basemap> {
  if (typeof Worker === 'undefined') {
    const mod =
      detail === '110m'
        ? await import('world-atlas/countries-110m.json')
        : await import('world-atlas/countries-50m.json');
    return basemapFromFlat(flattenAtlas((mod.default ?? mod) as unknown as Atlas), detail);
  }
  // Written out twice so the bundler sees each worker entry.
  const worker =
    detail === '110m'
      ? new Worker(new URL('./basemapWorker110m.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('./basemapWorker50m.ts', import.meta.url), { type: 'module' });
  try {
    const flat = await new Promise<FlatBasemap>((ok, fail) => {
      worker.onmessage = (ev: MessageEvent<{ ok: true; flat: FlatBasemap } | { ok: false; message: string }>) =>
        ev.data.ok ? ok(ev.data.flat) : fail(new Error(ev.data.message));
      worker.onerror = (ev) => fail(new Error(ev.message || 'the base map worker failed'));
      worker.postMessage(detail);
    });
    return basemapFromFlat(flat, detail);
  } finally {
    worker.terminate();
  }
}
