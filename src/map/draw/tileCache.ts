import type { Transform } from '../core/camera';
import { drawBase, type BaseLayer } from './base';

/** Tile edge in CSS pixels. */
export const TILE_PX = 256;
/**
 * Milliseconds a frame may spend rendering tiles while the previous scale's tiles can stand in (at least one tile
 * a frame): less while a gesture runs, more once the camera rests. Without stand-ins every missing tile is rendered.
 */
export const TILE_BUDGET_MS = { moving: 4, settled: 10 };

interface Level {
  k: number;
  key: unknown[];
  dpr: number;
  tiles: Map<string, HTMLCanvasElement>;
}

/**
 * The base map in tiles of 256 CSS pixels, drawn at one scale and copied (shifted, or scaled while a zoom runs)
 * every frame. Panning only renders the tiles that come into view, a few per frame, so no frame waits for the
 * whole view's outlines to be filled; a finished zoom re-renders the view crisp at its new scale, a few tiles at a
 * time, with the previous scale's tiles stretched underneath meanwhile.
 */
export class TileCache {
  private level: Level | null = null;
  private fallback: Level | null = null;
  rendered = 0;

  /** Draws the base map for `t`; returns true when tiles are still missing (ask for another frame). */
  draw(
    ctx: CanvasRenderingContext2D,
    layer: BaseLayer,
    key: unknown[],
    t: Transform,
    width: number,
    height: number,
    dpr: number,
    settled: boolean,
  ): boolean {
    const cur = this.level;
    const sameLayer =
      cur !== null && cur.dpr === dpr && key.length === cur.key.length && key.every((k, i) => k === cur.key[i]);
    const s = cur ? t.k / cur.k : 1;
    const keepScale = sameLayer && (settled ? Math.abs(s - 1) < 1e-9 : s >= 0.5 && s <= 2);
    if (!keepScale) {
      // Keep the old tiles to stretch under the new ones while those are rendered.
      if (cur && cur.tiles.size > 0) this.fallback = cur;
      this.level = { k: t.k, key, dpr, tiles: new Map() };
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#e8eef3';
    ctx.fillRect(0, 0, width, height);
    if (!layer.basemap) return false;
    ctx.imageSmoothingEnabled = true;
    if (this.fallback) this.blit(ctx, this.fallback, t, width, height, null, 0);
    const budget = this.fallback ? TILE_BUDGET_MS[settled ? 'settled' : 'moving'] : Infinity;
    const missing = this.blit(ctx, this.level!, t, width, height, layer, performance.now() + budget);
    if (missing === 0) this.fallback = null;
    return missing > 0;
  }

  /** Copies a level's tiles that meet the view; with a layer, renders missing ones (up to the budget). Returns how many are still missing. */
  private blit(
    ctx: CanvasRenderingContext2D,
    L: Level,
    t: Transform,
    width: number,
    height: number,
    layer: BaseLayer | null,
    deadline: number,
  ): number {
    const s = t.k / L.k;
    const size = TILE_PX * s;
    // Level pixel X maps to screen X * s + t.x.
    const i0 = Math.floor(-t.x / size);
    const j0 = Math.floor(-t.y / size);
    const i1 = Math.floor((width - t.x) / size);
    const j1 = Math.floor((height - t.y) / size);
    let missing = 0;
    let first = true;
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const id = `${i},${j}`;
        let tile = L.tiles.get(id);
        if (!tile && layer && (first || performance.now() < deadline)) {
          tile = this.render(L, layer, i, j);
          first = false;
        }
        if (!tile) {
          missing++;
          continue;
        }
        // Whole pixels, so neighbouring tiles meet without a hairline seam.
        const x = Math.floor(i * size + t.x);
        const y = Math.floor(j * size + t.y);
        ctx.drawImage(tile, x, y, Math.floor((i + 1) * size + t.x) - x, Math.floor((j + 1) * size + t.y) - y);
      }
    }
    return missing;
  }

  private render(L: Level, layer: BaseLayer, i: number, j: number): HTMLCanvasElement {
    const c = document.createElement('canvas');
    c.width = Math.round(TILE_PX * L.dpr);
    c.height = Math.round(TILE_PX * L.dpr);
    const ctx = c.getContext('2d');
    if (ctx) drawBase(ctx, layer, { k: L.k, x: -i * TILE_PX, y: -j * TILE_PX }, 0, 0, TILE_PX, TILE_PX, L.dpr);
    L.tiles.set(`${i},${j}`, c);
    this.rendered++;
    // A long pan at one scale: forget the oldest tiles rather than grow without end.
    if (L.tiles.size > 400) L.tiles.delete(L.tiles.keys().next().value!);
    return c;
  }
}
