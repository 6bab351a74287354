/** Radius of a point mark (an event known to the day). */
export const POINT_R = 5;
/** Bar heights: a short mark, and a wide one (context, titled inside). */
export const BAR_H = 10;
export const WIDE_H = 16;

/** Pixel widths over which the two ends of a bar fade (0: a hard edge, the end is known to the day). */
export interface Fades {
  left: number;
  right: number;
}

/** Alpha steps over a fade: about one every 4 px, so a fade over a whole year reads as smooth, not banded. */
const steps = (px: number) => Math.max(4, Math.min(24, Math.round(px / 4)));

/** A rect whose ends fade in alpha steps over `f.left` and `f.right` pixels, so it never claims an exact first or last day. */
export function fadedRect(
  ctx: CanvasRenderingContext2D,
  x0: number,
  top: number,
  w: number,
  h: number,
  alpha: number,
  f: Fades,
) {
  const l = Math.min(f.left, w / 2);
  const r = Math.min(f.right, w / 2);
  ctx.globalAlpha = alpha;
  ctx.fillRect(x0 + l, top, Math.max(0, w - l - r), h);
  for (const [len, left] of [
    [l, true],
    [r, false],
  ] as const) {
    if (len <= 0) continue;
    const n = steps(len);
    for (let k = 0; k < n; k++) {
      ctx.globalAlpha = (alpha * (k + 1)) / (n + 1);
      ctx.fillRect(left ? x0 + (len * k) / n : x0 + w - (len * (k + 1)) / n, top, len / n, h);
    }
  }
  ctx.globalAlpha = 1;
}

/** A duration: a solid bar (a tint with a solid base line when wide, so its title stays readable); hollow when planned. */
export function drawSpan(
  ctx: CanvasRenderingContext2D,
  x0: number,
  x1: number,
  y: number,
  colour: string,
  fades: Fades,
  planned: boolean,
  wide: boolean,
) {
  const h = wide ? WIDE_H : BAR_H;
  const top = y - h / 2;
  const w = x1 - x0;
  if (planned) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x0, top, w, h);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.strokeRect(x0 + 0.75, top + 0.75, w - 1.5, h - 1.5);
    ctx.setLineDash([]);
    return;
  }
  ctx.fillStyle = colour;
  if (!wide) {
    fadedRect(ctx, x0, top, w, h, 1, fades);
    return;
  }
  fadedRect(ctx, x0, top, w, h, 0.22, fades);
  fadedRect(ctx, x0, top + h - 3, w, 3, 1, fades);
}

const patterns = new Map<string, CanvasPattern | null>();

/** Diagonal hatching in one colour, made once per colour. */
function hatch(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  // An SVG export context (lib/svgContext) writes the hatching as an SVG pattern of its own.
  const svg = ctx as unknown as { hatchFill?: (colour: string) => string };
  if (typeof svg.hatchFill === 'function') return svg.hatchFill(colour) as unknown as CanvasPattern;
  let p = patterns.get(colour);
  if (p !== undefined) return p;
  const tile = typeof document === 'undefined' ? null : document.createElement('canvas');
  const tctx = tile?.getContext('2d') ?? null;
  p = null;
  if (tile && tctx) {
    tile.width = 6;
    tile.height = 6;
    tctx.strokeStyle = colour;
    tctx.lineWidth = 1.5;
    tctx.beginPath();
    // One stroke corner to corner and the two corner stubs, so tiles join into unbroken diagonals.
    tctx.moveTo(0, 6);
    tctx.lineTo(6, 0);
    tctx.moveTo(-1, 1);
    tctx.lineTo(1, -1);
    tctx.moveTo(5, 7);
    tctx.lineTo(7, 5);
    tctx.stroke();
    p = ctx.createPattern(tile, 'repeat');
  }
  if (patterns.size > 256) patterns.clear();
  patterns.set(colour, p);
  return p;
}

/**
 * An instant whose day is not known: a hatched band over its window with no solid fill and a thin outline,
 * and a solid core over the likeliest part (lx0..lx1) only where the evidence gives one. Dashed outline when planned.
 */
export function drawWindow(
  ctx: CanvasRenderingContext2D,
  x0: number,
  x1: number,
  y: number,
  colour: string,
  planned: boolean,
  wide: boolean,
  likeliest: [number, number] | null,
) {
  const h = wide ? WIDE_H : BAR_H;
  const top = y - h / 2;
  const w = Math.max(1, x1 - x0);
  ctx.fillStyle = planned ? '#ffffff' : colour;
  ctx.globalAlpha = planned ? 1 : 0.1;
  ctx.fillRect(x0, top, w, h);
  const p = hatch(ctx, colour);
  ctx.globalAlpha = wide ? 0.45 : 0.75;
  if (p) {
    ctx.fillStyle = p;
    ctx.fillRect(x0, top, w, h);
  }
  ctx.globalAlpha = 0.9;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  if (planned) ctx.setLineDash([4, 3]);
  ctx.strokeRect(x0 + 0.5, top + 0.5, w - 1, h - 1);
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  if (likeliest) {
    const a = Math.max(x0, likeliest[0]);
    const b = Math.min(x1, Math.max(likeliest[1], likeliest[0] + 3));
    if (b <= a) return;
    ctx.fillStyle = colour;
    if (!wide) {
      ctx.fillRect(a, top + 2, b - a, h - 4);
      return;
    }
    // Inside a wide band the title must stay readable: a deeper tint and a solid foot over the likeliest part.
    ctx.globalAlpha = 0.3;
    ctx.fillRect(a, top, b - a, h);
    ctx.globalAlpha = 1;
    ctx.fillRect(a, top + h - 3, b - a, 3);
  }
}

/** An event known to the day: a dot (faded and dashed when approximate, hollow when planned). */
export function drawPoint(
  ctx: CanvasRenderingContext2D,
  cx: number,
  y: number,
  colour: string,
  approx: boolean,
  planned: boolean,
) {
  ctx.beginPath();
  ctx.arc(cx, y, POINT_R, 0, Math.PI * 2);
  ctx.fillStyle = planned ? '#ffffff' : colour;
  ctx.globalAlpha = approx && !planned ? 0.45 : 1;
  ctx.fill();
  ctx.globalAlpha = 1;
  if (planned || approx) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    if (approx) ctx.setLineDash([2, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** Width a flag glyph takes before a title. */
export const FLAG_W = 11;
export const FLAG_COLOUR = '#c62828';

/** A small red pennant on a pole, its pole at x, standing on the row's centre line y: the event carries a flag. */
export function drawFlag(ctx: CanvasRenderingContext2D, x: number, y: number) {
  ctx.fillStyle = FLAG_COLOUR;
  ctx.fillRect(x, y - 8, 1.5, 13);
  ctx.beginPath();
  ctx.moveTo(x + 1.5, y - 8);
  ctx.lineTo(x + 9, y - 5);
  ctx.lineTo(x + 1.5, y - 2);
  ctx.closePath();
  ctx.fill();
}
