import { BASE, type Basemap } from '../core/basemap';
import type { Transform } from '../core/camera';
import type { AreaMark, PlaceGeometry } from '../frame';

const OCEAN = '#e8eef3';
const LAND = '#fbfaf7';
const BORDER = '#b9c0c8';

export function alpha(hex: string, a: number): string {
  const n = parseInt(hex.slice(1, 7), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${a})`;
}

export interface BaseLayer {
  basemap: Basemap | null;
  areas: readonly AreaMark[];
  geo: PlaceGeometry;
  colourOf: (place: number) => string;
}

/**
 * The base map for a transform, into a canvas area of w × h CSS pixels whose top left is screen point (ox, oy):
 * sea, land and borders (outlines off the area are skipped), then the areas of country-precise places shaded.
 */
export function drawBase(
  ctx: CanvasRenderingContext2D,
  layer: BaseLayer,
  t: Transform,
  ox: number,
  oy: number,
  w: number,
  h: number,
  dpr: number,
) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = OCEAN;
  ctx.fillRect(0, 0, w, h);
  const { basemap } = layer;
  if (!basemap) return;
  const s = t.k / BASE;
  const tx = t.x - ox;
  const ty = t.y - oy;
  // The area in base units, to cull outlines.
  const bx0 = -tx / s;
  const by0 = -ty / s;
  const bx1 = (w - tx) / s;
  const by1 = (h - ty) / s;
  ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * tx, dpr * ty);
  ctx.fillStyle = LAND;
  ctx.strokeStyle = BORDER;
  ctx.lineWidth = 0.8 / s;
  for (const c of basemap.countries) {
    // Cull before touching the path: it is built on first use.
    if (c.box[2] < bx0 || c.box[0] > bx1 || c.box[3] < by0 || c.box[1] > by1) continue;
    const path = c.path;
    if (!path) continue;
    ctx.fill(path);
    ctx.stroke(path);
  }
  // Zoomed in on a town, a country's shade fills the whole view: fainter there, so the dots stay readable.
  const zoom = Math.log2(t.k / 256);
  const shade = 0.16 - 0.1 * Math.min(1, Math.max(0, (zoom - 5) / 3));
  for (const m of layer.areas) {
    const path = layer.geo.outline[m.place]?.path;
    if (!path) continue;
    const colour = layer.colourOf(m.place);
    ctx.fillStyle = alpha(colour, shade);
    ctx.fill(path);
    ctx.strokeStyle = alpha(colour, 0.85);
    ctx.lineWidth = 1.5 / s;
    ctx.stroke(path);
  }
}
