/** A dot or a merged group of dots on screen. */
export interface Cluster {
  x: number;
  y: number;
  /** Events in it. */
  count: number;
  /** The places in it (one for a lone dot). */
  places: number[];
}

/**
 * Merges dots that would overlap into count clusters: dots are binned into square cells of `cell` pixels and each
 * busy cell becomes one cluster at its events' weighted centre. `xs`, `ys`, `counts` are per dot; dots off screen
 * by more than a cell are left out. O(dots) per frame.
 */
export function clusterDots(
  ids: ArrayLike<number>,
  xs: Float64Array,
  ys: Float64Array,
  counts: ArrayLike<number>,
  width: number,
  height: number,
  cell: number,
): Cluster[] {
  const cols = Math.ceil(width / cell) + 2;
  const cells = new Map<number, Cluster>();
  for (let j = 0; j < ids.length; j++) {
    const x = xs[j]!;
    const y = ys[j]!;
    if (x < -cell || y < -cell || x > width + cell || y > height + cell) continue;
    const key = (Math.floor(y / cell) + 1) * cols + Math.floor(x / cell) + 1;
    const c = counts[j]!;
    const hit = cells.get(key);
    if (!hit) cells.set(key, { x, y, count: c, places: [ids[j]!] });
    else {
      const total = hit.count + c;
      hit.x = (hit.x * hit.count + x * c) / total;
      hit.y = (hit.y * hit.count + y * c) / total;
      hit.count = total;
      hit.places.push(ids[j]!);
    }
  }
  return [...cells.values()];
}

/** The dot radius for a count: grows with the square root (area follows the count), within limits. */
export function dotRadius(count: number): number {
  return Math.min(16, 4 + Math.sqrt(count) * 1.6);
}

/** A merged group's radius: grows with the count's order of magnitude, so clusters in neighbouring cells rarely overlap. */
export function clusterRadius(count: number): number {
  return Math.min(23, 9 + 3 * Math.log10(Math.max(1, count)));
}
