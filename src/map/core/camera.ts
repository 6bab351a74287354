import { geoMercator } from 'd3-geo';
import type { MapCamera } from '../../state/viewState';

/**
 * The map's camera maths, in web-Mercator "world units": the world is the square [0, 1]², x east, y south.
 * A camera is a d3-zoom style transform: screen = world * k + (x, y), with k = 256 * 2^zoom pixels.
 */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

export const TILE = 256;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;
/** The fit never zooms in further than a city, however close together the data is. */
export const MAX_FIT_ZOOM = 9;
const MAX_LAT = 85.0511;

/** [lon, lat] in degrees -> world units. */
export function project(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [0.5 + lon / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** World units -> [lon, lat] in degrees. */
export function unproject(x: number, y: number): [number, number] {
  const lon = (x - 0.5) * 360;
  const lat = (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90;
  return [lon, lat];
}

export const zoomOf = (k: number) => Math.log2(k / TILE);

/** The transform showing a camera on a canvas of the given size. */
export function transformOf(c: MapCamera, width: number, height: number): Transform {
  const k = TILE * 2 ** c.zoom;
  const [wx, wy] = project(c.lon, c.lat);
  return { k, x: width / 2 - wx * k, y: height / 2 - wy * k };
}

/** The camera a transform shows (its centre and zoom). */
export function cameraOf(t: Transform, width: number, height: number): MapCamera {
  const [lon, lat] = unproject((width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k);
  return { lat, lon: ((((lon + 180) % 360) + 360) % 360) - 180, zoom: zoomOf(t.k) };
}

/**
 * The camera that fits the given [lon, lat] points in the canvas with a margin, using d3-geo's Mercator fit.
 * d3's Mercator maps longitude λ (radians) to s·λ + tx, which is world units scaled by k = 2πs and shifted by tx − πs.
 */
export function fitCamera(
  points: readonly (readonly [number, number])[],
  width: number,
  height: number,
  pad = 24,
): MapCamera {
  if (points.length === 0) return { lat: 20, lon: 0, zoom: MIN_ZOOM };
  const p = Math.min(pad, width / 4, height / 4);
  const projection = geoMercator().fitExtent(
    [
      [p, p],
      [Math.max(p + 1, width - p), Math.max(p + 1, height - p)],
    ],
    { type: 'MultiPoint', coordinates: points.map(([lon, lat]) => [lon, lat]) },
  );
  const s = projection.scale();
  const [tx, ty] = projection.translate();
  let t: Transform = { k: 2 * Math.PI * s, x: tx - Math.PI * s, y: ty - Math.PI * s };
  const camera = cameraOf(t, width, height);
  const zoom = Number.isFinite(camera.zoom) ? Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, camera.zoom)) : MAX_FIT_ZOOM;
  if (zoom === camera.zoom && Number.isFinite(camera.lat)) return camera;
  // One point (or points on top of each other): centre on them at the zoom limit.
  const [lon, lat] = points.length === 1 || !Number.isFinite(camera.lat) ? points[0]! : [camera.lon, camera.lat];
  t = transformOf({ lon, lat, zoom }, width, height);
  return cameraOf(t, width, height);
}

/** Kilometres per world unit at a latitude (the Mercator stretch). */
export function kmPerWorldUnit(lat: number): number {
  return 40075 * Math.cos((lat * Math.PI) / 180);
}
