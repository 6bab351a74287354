import type { FrameGeometry } from '../core/hitTest';
import type { Tick } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';

/** Lane bands (alternating tint, separators) and vertical grid lines at the axis ticks. */
export function drawBackground(
  ctx: CanvasRenderingContext2D,
  laneCount: number,
  g: FrameGeometry,
  width: number,
  height: number,
  ticks: readonly Tick[],
  scale: TimeScale,
) {
  ctx.clearRect(0, 0, width, height);
  const first = Math.max(0, Math.floor(g.scrollY / g.laneH));
  for (let l = first; l < laneCount; l++) {
    const top = l * g.laneH - g.scrollY;
    if (top > height) break;
    if (l % 2 === 1) {
      ctx.fillStyle = '#f6f8fa';
      ctx.fillRect(0, top, width, g.laneH);
    }
    ctx.fillStyle = '#d8dee4';
    ctx.fillRect(0, top + g.laneH - 1, width, 1);
  }
  ctx.fillStyle = 'rgba(27,31,36,0.07)';
  for (const t of ticks) {
    const x = Math.round(scale.toPx(t.t));
    ctx.fillRect(x, 0, 1, height);
  }
}
