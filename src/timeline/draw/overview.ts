export const OVERVIEW_H = 36;

/**
 * The overview histogram: events that pass the filters, counted per pixel column over the whole span
 * (a difference array, so long events cost two writes).
 */
export function overviewCounts(
  start: Float64Array,
  end: Float64Array,
  filtered: Uint32Array,
  full: readonly [number, number],
  columns: number,
): Float32Array {
  const diff = new Float32Array(columns + 1);
  const k = columns / (full[1] - full[0]);
  for (let j = 0; j < filtered.length; j++) {
    const i = filtered[j]!;
    const a = Math.max(0, Math.min(columns - 1, Math.floor((start[i]! - full[0]) * k)));
    const b = Math.max(a + 1, Math.min(columns, Math.ceil((end[i]! - full[0]) * k)));
    diff[a]! += 1;
    diff[b]! -= 1;
  }
  const out = new Float32Array(columns);
  let run = 0;
  for (let c = 0; c < columns; c++) {
    run += diff[c]!;
    out[c] = run;
  }
  return out;
}

export function drawOverview(ctx: CanvasRenderingContext2D, counts: Float32Array, width: number, height: number) {
  ctx.clearRect(0, 0, width, height);
  let max = 0;
  for (const c of counts) if (c > max) max = c;
  ctx.fillStyle = '#f6f8fa';
  ctx.fillRect(0, 0, width, height);
  if (max <= 0) return;
  ctx.beginPath();
  const colW = width / counts.length;
  for (let c = 0; c < counts.length; c++) {
    const v = counts[c]!;
    if (v <= 0) continue;
    const h = Math.max(2, Math.sqrt(v / max) * (height - 4));
    ctx.rect(c * colW, height - h, Math.max(1, colW), h);
  }
  ctx.fillStyle = '#5b7fae';
  ctx.fill();
}
