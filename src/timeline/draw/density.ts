import { densityAt, type DensityGrid } from '../core/density';
import type { FrameGeometry } from '../core/hitTest';
import type { TimeScale } from '../core/timeScale';

/**
 * Per-pixel density: one column per CSS pixel, height by the square root of the count so that sparse
 * stretches stay visible next to dense ones. Each lane is one path, filled once.
 */
export function drawDensity(ctx: CanvasRenderingContext2D, grid: DensityGrid, scale: TimeScale, g: FrameGeometry, laneColours: readonly (string | null)[], viewHeight: number) {
  const inner = g.badgeTop - g.rowTop;
  for (let l = 0; l < grid.lanes; l++) {
    const top = l * g.laneH - g.scrollY;
    if (top + g.laneH < 0 || top > viewHeight) continue;
    const max = grid.max[l]!;
    if (max <= 0) continue;
    const bottom = top + g.badgeTop;
    ctx.beginPath();
    for (let px = 0; px < scale.width; px++) {
      const c = densityAt(grid, l, scale.toTime(px), scale.toTime(px + 1));
      if (c <= 0) continue;
      const h = Math.max(1.5, Math.sqrt(c / max) * inner);
      ctx.rect(px, bottom - h, 1, h);
    }
    ctx.fillStyle = laneColours[l] ?? '#3d6a9e';
    ctx.globalAlpha = 0.85;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
}
