import type { MapEngine } from './MapEngine';
import { cameraOf, project } from './core/camera';

declare global {
  interface Window {
    /** Read-only debug and test hook: where a place is drawn, what is drawn, the camera and draw times. */
    __envoyMap?: {
      pointOf(placeId: string): { x: number; y: number } | null;
      /** Where a [lon, lat] is on the canvas now (CSS pixels from its top left). */
      screenOf(lon: number, lat: number): { x: number; y: number };
      drawn(): { place: string; count: number; symbol: string }[];
      clusters(): { x: number; y: number; count: number; places: string[] }[];
      camera(): { lat: number; lon: number; zoom: number };
      selectedPlace(): string | null;
      /** The place ringed for hover: under the pointer, or the place of the event hovered on the timeline. */
      highlighted(): string | null;
      drawTimes(): number[];
      firstDrawMs(): number;
    };
  }
}

export function installMapHook(e: MapEngine): () => void {
  const id = (k: number) => e.cols?.places[k]?.id ?? '';
  window.__envoyMap = {
    pointOf: (placeId) => {
      const s = e.frame?.shown.find((m) => id(m.place) === placeId);
      return s ? { x: s.x, y: s.y } : null;
    },
    screenOf: (lon, lat) => {
      const [x, y] = project(lon, lat);
      return { x: x * e.t.k + e.t.x, y: y * e.t.k + e.t.y };
    },
    drawn: () =>
      (e.frame?.shown ?? []).map((m) => ({
        place: id(m.place),
        count: e.tally?.count[m.place] ?? 0,
        symbol: e.geo?.symbol[m.place] ?? '',
      })),
    clusters: () =>
      (e.frame?.clusters ?? []).map((c) => ({ x: c.x, y: c.y, count: c.count, places: c.places.map(id) })),
    camera: () => cameraOf(e.t, e.width, e.height),
    selectedPlace: () => (e.selectedPlace >= 0 ? id(e.selectedPlace) : null),
    highlighted: () => {
      const k = e.hoverPlace >= 0 ? e.hoverPlace : e.linkedHover;
      return k >= 0 ? id(k) : null;
    },
    drawTimes: () => [...e.drawMs].filter((x) => !Number.isNaN(x)),
    firstDrawMs: () => e.firstDrawMs,
  };
  return () => {
    delete window.__envoyMap;
  };
}
