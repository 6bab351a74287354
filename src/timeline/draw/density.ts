import { densityAt, type DensityGrid } from '../core/density';
import type { FrameGeometry } from '../core/hitTest';
import type { TimeScale } from '../core/timeScale';

/**
 * Per-pixel density: one column per CSS pixel, height by the square root of the count so that sparse
 * stretches stay visible next to dense ones. Each lane is one path, filled once.
 */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  grid: DensityGrid,
  scale: TimeScale,
  g: FrameGeometry,
  laneColours: readonly (string | null)[],
  viewHeight: number,
) {
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

const totals = new WeakMap<DensityGrid, number>();
const STACK_COL = 4;

/** The busiest bucket of a grid when its rows are stacked (summed). */
function stackedMax(grid: DensityGrid): number {
  let m = totals.get(grid);
  if (m === undefined) {
    m = 0;
    for (let b = 0; b < grid.buckets; b++) {
      let sum = 0;
      for (let r = 0; r < grid.lanes; r++) sum += grid.counts[r * grid.buckets + b]!;
      if (sum > m) m = sum;
    }
    totals.set(grid, m);
  }
  return m;
}

/**
 * Density in one lane, stacked by theme in the themes' own colours: the column height is the square root
 * of the total, shared out between themes in proportion to their counts. One path per theme.
 */
export function drawStackedDensity(
  ctx: CanvasRenderingContext2D,
  grid: DensityGrid,
  scale: TimeScale,
  g: FrameGeometry,
  colours: readonly string[],
) {
  const max = stackedMax(grid);
  if (max <= 0) return;
  const inner = g.badgeTop - g.rowTop;
  const bottom = g.badgeTop - g.scrollY;
  // Columns a few pixels wide: thin stacked columns of many colours read as noise.
  const cols = Math.ceil(scale.width / STACK_COL);
  const base = new Float32Array(cols);
  const counts = new Float32Array(grid.lanes * cols);
  const perCount = new Float32Array(cols);
  for (let c = 0; c < cols; c++) {
    const t0 = scale.toTime(c * STACK_COL);
    const t1 = scale.toTime((c + 1) * STACK_COL);
    let total = 0;
    for (let r = 0; r < grid.lanes; r++) {
      const n = densityAt(grid, r, t0, t1);
      counts[r * cols + c] = n;
      total += n;
    }
    perCount[c] = total > 0 ? Math.max(1.5, Math.sqrt(Math.min(1, total / max)) * inner) / total : 0;
  }
  for (let r = 0; r < grid.lanes; r++) {
    ctx.beginPath();
    for (let c = 0; c < cols; c++) {
      const h = counts[r * cols + c]! * perCount[c]!;
      if (h <= 0) continue;
      ctx.rect(c * STACK_COL, bottom - base[c]! - h, STACK_COL, h);
      base[c] = base[c]! + h;
    }
    ctx.fillStyle = colours[r] ?? '#3d6a9e';
    ctx.fill();
  }
}
