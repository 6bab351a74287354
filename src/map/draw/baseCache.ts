import type { Transform } from '../core/camera';
import { drawBase, type BaseLayer } from './base';

/**
 * The base map drawn once into an offscreen canvas a margin larger than the view, then copied (shifted, or
 * scaled while a zoom runs) every frame: filling hundreds of detailed outlines per frame is what would make a
 * pan stutter, copying one bitmap is not. Redrawn when the layer changes, the scale drifts or the view leaves it.
 */
export class BaseCache {
  private canvas: HTMLCanvasElement | null = null;
  private t: Transform | null = null;
  private key: unknown[] = [];
  private ox = 0;
  private oy = 0;
  private w = 0;
  private h = 0;
  private dpr = 1;
  redraws = 0;

  /** Copies the base map for transform `t` into `ctx` (a view of width × height), redrawing the cache if needed. */
  draw(ctx: CanvasRenderingContext2D, layer: BaseLayer, key: unknown[], t: Transform, width: number, height: number, dpr: number, settled: boolean) {
    if (!this.fits(key, t, width, height, dpr, settled)) this.render(layer, key, t, width, height, dpr);
    const c = this.t!;
    const s = t.k / c.k;
    // Where the cache's top left (screen point ox, oy when drawn) lands now.
    const x = ((this.ox - c.x) / c.k) * t.k + t.x;
    const y = ((this.oy - c.y) / c.k) * t.k + t.y;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.canvas!, x, y, this.w * s, this.h * s);
  }

  private fits(key: unknown[], t: Transform, width: number, height: number, dpr: number, settled: boolean): boolean {
    const c = this.t;
    if (!c || !this.canvas || dpr !== this.dpr || key.length !== this.key.length || key.some((k, i) => k !== this.key[i])) return false;
    const s = t.k / c.k;
    // Crisp when the camera rests; a little blur is fine mid-gesture.
    if (settled ? Math.abs(s - 1) > 1e-6 : s < 0.5 || s > 2) return false;
    const x = ((this.ox - c.x) / c.k) * t.k + t.x;
    const y = ((this.oy - c.y) / c.k) * t.k + t.y;
    return x <= 0 && y <= 0 && x + this.w * s >= width && y + this.h * s >= height;
  }

  private render(layer: BaseLayer, key: unknown[], t: Transform, width: number, height: number, dpr: number) {
    // A quarter of the view each side: room to pan before a redraw, without rasterising much more than the view.
    const mx = Math.round(width / 4);
    const my = Math.round(height / 4);
    this.canvas ??= document.createElement('canvas');
    this.w = width + 2 * mx;
    this.h = height + 2 * my;
    this.ox = -mx;
    this.oy = -my;
    this.dpr = dpr;
    this.t = t;
    this.key = key;
    this.canvas.width = Math.round(this.w * dpr);
    this.canvas.height = Math.round(this.h * dpr);
    const ctx = this.canvas.getContext('2d');
    if (ctx) drawBase(ctx, layer, t, this.ox, this.oy, this.w, this.h, dpr);
    this.redraws++;
  }
}
