import { describe, expect, test } from 'vitest';
import { bucketDensity, densityAt, densityLevel, gridCovers, REUSE_OCTAVES } from '../../../src/timeline/core/density';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';
import { all, makeIndex } from '../fixtures';

const D = 86_400_000;
const one = (_i: number, out: Int32Array) => ((out[0] = 0), 1);

describe('density bucketing', () => {
  test.each([
    [1, 0],
    [2, 1],
    [3, 1],
    [D, Math.floor(Math.log2(D))],
  ])('at %d ms per pixel the bucket level is %d (a power of two no wider than a pixel)', (msPerPx, level) => {
    expect(densityLevel(msPerPx)).toBe(level);
    expect(2 ** densityLevel(msPerPx)).toBeLessThanOrEqual(Math.max(1, msPerPx));
    expect(2 ** (densityLevel(msPerPx) + 1)).toBeGreaterThan(msPerPx);
  });

  const index = makeIndex([
    { day: '2020-01-01' },
    { day: '2020-01-01' },
    { day: '2020-01-02' },
    { day: '2020-01-10', days: 60, precision: 2 },
    { day: '2020-06-01' },
  ]);
  const vis = buildVisibleIndex(all(index), index.start, index.end);
  const from = Date.UTC(2020, 0, 1);
  const to = Date.UTC(2020, 6, 1);
  const level = densityLevel(D / 4);
  const grid = bucketDensity(vis, level, from, to, 1, one);

  // Power-of-two buckets do not align with midnight, so each day is probed in its middle hours.
  const H = D / 24;
  test.each([
    // day, expected count in its middle hours
    ['2020-01-01', 2],
    ['2020-01-02', 1],
    ['2020-01-05', 0],
    ['2020-02-01', 1],
    ['2020-06-01', 1],
  ] as const)('on %s the count is %d', (day, count) => {
    const t = Date.parse(`${day}T00:00:00Z`);
    expect(densityAt(grid, 0, t + 6 * H, t + 18 * H)).toBe(count);
  });

  test('over a long range the count is the busiest bucket in it', () => {
    const t = Date.UTC(2020, 0, 1);
    // The bucket across midnight of 1-2 January holds the two events of the 1st and the one of the 2nd.
    expect(densityAt(grid, 0, t, t + 200 * D)).toBe(3);
    expect(grid.max[0]).toBe(3);
  });

  test('a long event counts in every bucket it covers', () => {
    for (const d of [1, 15, 30, 45, 59]) {
      const mid = Date.UTC(2020, 0, 10) + d * D + 12 * H;
      expect(densityAt(grid, 0, mid, mid + 1)).toBe(1);
    }
    const after = Date.UTC(2020, 0, 10) + 60 * D + 12 * H;
    expect(densityAt(grid, 0, after, after + 1)).toBe(0);
  });

  test('filtered-out events are not counted', () => {
    const some = buildVisibleIndex(Uint32Array.of(2, 4), index.start, index.end);
    const g = bucketDensity(some, level, from, to, 1, one);
    expect(densityAt(g, 0, from + 6 * H, from + 18 * H)).toBe(0);
    expect(densityAt(g, 0, from + 30 * H, from + 42 * H)).toBe(1);
  });

  test('per-lane counts follow the lanes of each event', () => {
    const g = bucketDensity(vis, level, from, to, 2, (i, out) => ((out[0] = i % 2), 1));
    expect(densityAt(g, 0, from + 6 * H, from + 18 * H)).toBe(1);
    expect(densityAt(g, 1, from + 6 * H, from + 18 * H)).toBe(1);
    expect(densityAt(g, 1, from + 30 * H, from + 42 * H)).toBe(0);
  });

  test('a cached grid is reused only when it covers the window, for the same lanes, and is at most a few octaves finer', () => {
    expect(gridCovers(grid, level, from + D, to - D, 1)).toBe(true);
    expect(gridCovers(grid, level + REUSE_OCTAVES, from + D, to - D, 1)).toBe(true);
    expect(gridCovers(grid, level + REUSE_OCTAVES + 1, from + D, to - D, 1)).toBe(false);
    expect(gridCovers(grid, level - 1, from + D, to - D, 1)).toBe(false);
    expect(gridCovers(grid, level, from - 30 * D, to, 1)).toBe(false);
    expect(gridCovers(grid, level, from, to, 2)).toBe(false);
  });
});
