import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

/** The world is BASE pixels wide in base units (zoom 8). */
export const BASE = 65536;

export type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Country outlines projected to base units as flat arrays, so they can be made off the main thread and handed
 * over without copying: for country c, its rings are ringStart[ringOffset[c] .. ringOffset[c+1]) into `xy`
 * (pairs of numbers), each ring running to the next ring's start.
 */
export interface FlatBasemap {
  names: string[];
  xy: Float32Array;
  ringStart: Uint32Array;
  ringOffset: Uint32Array;
  /** Per country [west, south, east, north] in degrees, then [x0, y0, x1, y1] in base units: 8 numbers each. */
  bounds: Float64Array;
}

/** Projects an atlas's countries with d3-geo's Mercator (clipped and cut at the antimeridian as d3 does). */
export function flattenAtlas(atlas: Atlas): FlatBasemap {
  const projection = geoMercator()
    .scale(BASE / (2 * Math.PI))
    .translate([BASE / 2, BASE / 2]);
  const fc = feature(atlas, atlas.objects.countries);
  const xy: number[] = [];
  const ringStart: number[] = [];
  const ringOffset: number[] = [0];
  const bounds: number[] = [];
  // A drawing context that records where d3 would draw, as rings of points.
  const recorder = {
    moveTo: (x: number, y: number) => {
      ringStart.push(xy.length / 2);
      xy.push(x, y);
    },
    lineTo: (x: number, y: number) => void xy.push(x, y),
    closePath: () => undefined,
    arc: () => undefined,
    beginPath: () => undefined,
  };
  const path = geoPath(projection, recorder as unknown as CanvasRenderingContext2D);
  const measure = geoPath(projection);
  const names = fc.features.map((f: Feature<Geometry, { name: string }>) => {
    path(f);
    ringOffset.push(ringStart.length);
    const [[w, s], [e, n]] = geoBounds(f);
    const [[x0, y0], [x1, y1]] = measure.bounds(f);
    bounds.push(w, s, e, n, x0, y0, x1, y1);
    return f.properties.name;
  });
  return {
    names,
    xy: Float32Array.from(xy),
    ringStart: Uint32Array.from(ringStart),
    ringOffset: Uint32Array.from(ringOffset),
    bounds: Float64Array.from(bounds),
  };
}
