import { describe, expect, test } from 'vitest';
import { bucketDensity, densityLevel, stackedAt } from '../../../src/timeline/core/density';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';
import { all, makeIndex } from '../fixtures';

const D = 86_400_000;
const H = D / 24;

describe('density stacked by theme in one lane', () => {
  const index = makeIndex([
    { day: '2020-01-01', themes: [0] },
    { day: '2020-01-01', themes: [1] },
    { day: '2020-01-01', themes: [1, 2] },
    { day: '2020-01-03', themes: [2] },
  ]);
  const vis = buildVisibleIndex(all(index), index.start, index.end);
  const firstTheme = (i: number, out: Int32Array) => ((out[0] = index.themeIds[index.themeOffsets[i]!]!), 1);
  const grid = bucketDensity(vis, densityLevel(D / 8), Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 5), 3, firstTheme);

  test.each([
    ['2020-01-01', 3],
    ['2020-01-02', 0],
    ['2020-01-03', 1],
  ])('on %s the stacked total counts each event once (by its first theme): %d', (day, total) => {
    const t = Date.parse(`${day}T00:00:00Z`);
    expect(stackedAt(grid, t + 6 * H, t + 18 * H)).toBe(total);
  });
});
