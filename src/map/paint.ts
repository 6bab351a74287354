import type { Basemap } from './core/basemap';
import { alpha } from './draw/base';
import type { TileCache } from './draw/tileCache';
import { clusterRadius, dotRadius } from './core/cluster';
import type { MapFrame, PlaceGeometry } from './frame';
import { formatCount } from '../lib/formatCount';

export interface PaintInput {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  dpr: number;
  basemap: Basemap | null;
  frame: MapFrame;
  geo: PlaceGeometry;
  colourOf: (place: number) => string;
  nameOf: (place: number) => string;
  /** Places to ring: under the pointer or a hovered timeline mark, the selected event's, the keyboard's. */
  hover: number;
  selected: number;
  focus: number;
  cache: TileCache;
  /** No gesture is running: the base map should be crisp. */
  settled: boolean;
  /** Whatever the base layer depends on besides the camera (base map, tally, colours). */
  baseKey: unknown[];
}

const RING_STYLE = { hover: ['#57606a', 2], selected: ['#14213d', 3], focus: ['#e36209', 3] } as const;

function pill(ctx: CanvasRenderingContext2D, text: string, x: number, y: number) {
  ctx.font = '600 11px Inter, system-ui, sans-serif';
  const w = ctx.measureText(text).width + 8;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#57606a';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x - w / 2, y - 8, w, 16, 8);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#1f2328';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y + 0.5);
}

function ringAt(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string, width: number) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.stroke();
}

/** Where a place's highlight ring goes: round its dot or cluster, its ring, or its area's count label. */
function highlightCircle(f: MapFrame, place: number): [number, number, number] | null {
  for (const c of f.clusters)
    if (c.places.includes(place))
      return [c.x, c.y, (c.places.length > 1 ? clusterRadius(c.count) : dotRadius(c.count)) + 4];
  for (const m of f.rings) if (m.place === place) return [m.x, m.y, m.r + 3];
  for (const m of f.areas) if (m.place === place) return [m.x, m.y, 16];
  return null;
}

/** Place names, the busiest places first; a name that would overlap one already written is left out. */
function paintLabels(ctx: CanvasRenderingContext2D, labels: [string, number, number, CanvasTextAlign, number][]) {
  ctx.font = '12px Inter, system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#1f2328';
  const taken: [number, number, number, number][] = [];
  for (const [text, x, y, align] of [...labels].sort((a, b) => b[4] - a[4])) {
    const w = ctx.measureText(text).width;
    const x0 = align === 'center' ? x - w / 2 : x;
    const rect: [number, number, number, number] = [x0 - 2, y - 8, x0 + w + 2, y + 8];
    if (taken.some((r) => r[0] < rect[2] && rect[0] < r[2] && r[1] < rect[3] && rect[1] < r[3])) continue;
    taken.push(rect);
    ctx.textAlign = align;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
}

/** One map frame: base map and areas, rings, dots and clusters, labels, then highlights. Returns true when base-map tiles are still to come. */
export function paintMap(p: PaintInput): boolean {
  const { ctx, frame } = p;
  const pending = p.cache.draw(
    ctx,
    { basemap: p.basemap, areas: frame.areas, geo: p.geo, colourOf: p.colourOf },
    p.baseKey,
    frame.t,
    p.width,
    p.height,
    p.dpr,
    p.settled,
  );
  ctx.setTransform(p.dpr, 0, 0, p.dpr, 0, 0);
  for (const m of frame.rings) {
    const colour = p.colourOf(m.place);
    ctx.fillStyle = alpha(colour, 0.12);
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r, 0, Math.PI * 2);
    ctx.fill();
    // Dashed: somewhere in this area, not at its centre.
    ctx.setLineDash([5, 4]);
    ringAt(ctx, m.x, m.y, m.r, colour, 1.5);
    ctx.setLineDash([]);
  }
  const labels: [string, number, number, CanvasTextAlign, number][] = [];
  for (const m of [...frame.rings, ...frame.areas]) {
    pill(ctx, String(m.count), m.x, m.y);
    labels.push([p.nameOf(m.place), m.x, m.y + 18, 'center', m.count]);
  }
  for (const c of frame.clusters) {
    const r = c.places.length === 1 ? dotRadius(c.count) : clusterRadius(c.count);
    if (c.places.length === 1) {
      ctx.fillStyle = p.colourOf(c.places[0]!);
      ctx.beginPath();
      ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
      if (c.count > 1 && r >= 8) {
        ctx.fillStyle = '#ffffff';
        ctx.font = '600 11px Inter, system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(String(c.count), c.x, c.y + 0.5);
      }
      labels.push([p.nameOf(c.places[0]!), c.x + r + 4, c.y, 'left', c.count]);
    } else {
      // A merged group: a white disc with a dark rim and its count; click zooms in on it.
      ctx.fillStyle = 'rgba(255,255,255,0.95)';
      ctx.beginPath();
      ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
      ctx.fill();
      ringAt(ctx, c.x, c.y, r, '#3d4752', 2.5);
      ctx.fillStyle = '#1f2328';
      ctx.font = '700 12px Inter, system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(formatCount(c.count), c.x, c.y + 0.5);
    }
  }
  if (labels.length <= 60) paintLabels(ctx, labels);
  for (const [kind, place] of [
    ['hover', p.hover],
    ['selected', p.selected],
    ['focus', p.focus],
  ] as const) {
    if (place < 0) continue;
    const at = highlightCircle(frame, place);
    if (!at) continue;
    const [colour, width] = RING_STYLE[kind];
    ringAt(ctx, at[0], at[1], at[2], colour, width);
  }
  return pending;
}
