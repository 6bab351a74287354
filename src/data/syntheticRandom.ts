/** A small, fast seeded generator (mulberry32): uniform numbers in [0, 1). Same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A well-mixed 32-bit hash of (seed, i, salt), so that any detail of event i can be recomputed
 * on demand without storing it or replaying the generator.
 */
export function hash3(seed: number, i: number, salt: number): number {
  let h =
    (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^
      Math.imul(i + 0x27d4eb2f, 0xc2b2ae35) ^
      Math.imul(salt + 1, 0x165667b1)) >>>
    0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Picks an entry of a non-empty list with a hash. */
export function pick<T>(list: readonly T[], h: number): T {
  return list[h % list.length]!;
}

/**
 * A lookup table that turns a uniform number into a rank drawn from a Zipf-like law (weight 1 / (rank + 1)^s),
 * so drawing costs one array read: rank = table[(u * table.length) | 0].
 */
export function zipfTable(n: number, s: number, size = 65536): Uint16Array {
  const weights = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) total += weights[r] = 1 / Math.pow(r + 1, s);
  const table = new Uint16Array(size);
  let r = 0;
  let cum = weights[0]! / total;
  for (let k = 0; k < size; k++) {
    const u = (k + 0.5) / size;
    while (u > cum && r < n - 1) cum += weights[++r]! / total;
    table[k] = r;
  }
  return table;
}
