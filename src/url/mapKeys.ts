import type { ViewMode } from '../data/vocabulary';
import type { MapCamera } from '../state/viewState';
import { LABEL, quote } from './params';

/**
 * The map's link keys. `view` is a comma list: the centre panel's mode (timeline, the default, or list)
 * and `map` when the map is shown beside it, so `view=map` is timeline and map, `view=list,map` list and map.
 * `map=lat,lon,zoom` is the map's camera (web-map zoom levels, 0 = the world in 256 px), rounded for reading.
 */

export const MIN_MAP_ZOOM = 0;
export const MAX_MAP_ZOOM = 16;

/** Reads `view`: the mode and whether the map is shown; a part it does not know is reported and skipped. */
export function pickViews(
  raw: string,
  modes: readonly ViewMode[],
  problems: string[],
): { mode: ViewMode; mapShown: boolean } {
  let mode: ViewMode = 'timeline';
  let mapShown = false;
  const bad: string[] = [];
  for (const part of raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (part === 'map') mapShown = true;
    else if ((modes as readonly string[]).includes(part)) mode = part as ViewMode;
    else bad.push(part);
  }
  if (bad.length > 0)
    problems.push(
      `The link's ${LABEL.view} ${quote(raw)} is not one of ${[...modes, 'map'].join(', ')}; using ${mode}${mapShown ? ' and the map' : ''}.`,
    );
  return { mode, mapShown };
}

/** The `view` value for a view, or '' for the default (timeline, no map). */
export function encodeMapView(v: { mode: ViewMode; mapShown: boolean }): string {
  const parts: string[] = v.mode === 'timeline' ? [] : [v.mode];
  if (v.mapShown) parts.push('map');
  return parts.join(',');
}

// `+ 0` turns -0 into 0, so a link never says "-0".
const round = (x: number, digits: number) => Number(x.toFixed(digits)) + 0;

/** A camera as a link writes it: about a metre-scale grid of degrees at the zoom, zoom to 0.01. */
export function roundCamera(c: MapCamera): MapCamera {
  const digits = Math.min(6, Math.max(2, Math.ceil(c.zoom * 0.3) + 1));
  return { lat: round(c.lat, digits), lon: round(c.lon, digits), zoom: round(c.zoom, 2) };
}

/** Reads `map=lat,lon,zoom`; anything else is reported and the map opens fitted to the data. */
export function pickMapCamera(raw: string, problems: string[]): MapCamera | null {
  const parts = raw.split(',').map((s) => Number(s.trim()));
  const [lat, lon, zoom] = parts;
  const ok =
    parts.length === 3 &&
    parts.every((x) => Number.isFinite(x)) &&
    Math.abs(lat!) <= 85.06 &&
    Math.abs(lon!) <= 180 &&
    zoom! >= MIN_MAP_ZOOM &&
    zoom! <= MAX_MAP_ZOOM;
  if (ok && raw.trim() !== '') return roundCamera({ lat: lat!, lon: lon!, zoom: zoom! });
  problems.push(
    `The link's ${LABEL.map} ${quote(raw)} is not latitude,longitude,zoom (zoom ${MIN_MAP_ZOOM} to ${MAX_MAP_ZOOM}); showing the map fitted to the data.`,
  );
  return null;
}
