export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The next mark for an arrow key: the nearest one lying within 60° of the arrow's direction, where a mark off
 * the axis counts as farther. With no current mark, the one nearest the centre. Returns -1 when there is none.
 */
export function nextMark(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  dir: Direction,
  centre: [number, number],
): number {
  const n = xs.length;
  if (n === 0) return -1;
  if (from < 0 || from >= n) {
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < n; j++) {
      const d = Math.hypot(xs[j]! - centre[0], ys[j]! - centre[1]);
      if (d < bestD) [best, bestD] = [j, d];
    }
    return best;
  }
  const [vx, vy] = VECTORS[dir];
  let best = -1;
  let bestScore = Infinity;
  for (let j = 0; j < n; j++) {
    if (j === from) continue;
    const dx = xs[j]! - xs[from]!;
    const dy = ys[j]! - ys[from]!;
    const along = dx * vx + dy * vy;
    const across = Math.abs(dx * vy - dy * vx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [j, score];
  }
  return best;
}
