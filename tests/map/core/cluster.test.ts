import { describe, expect, test } from 'vitest';
import { clusterDots } from '../../../src/map/core/cluster';

const run = (dots: [number, number, number][], cell = 50, width = 400, height = 300) =>
  clusterDots(
    dots.map((_, j) => j),
    Float64Array.from(dots, (d) => d[0]),
    Float64Array.from(dots, (d) => d[1]),
    Uint32Array.from(dots, (d) => d[2]),
    width,
    height,
    cell,
  )
    .map((c) => ({ count: c.count, places: c.places.length }))
    .sort((a, b) => b.count - a.count);

describe('nearby dots merge into count clusters', () => {
  test.each<[string, [number, number, number][], { count: number; places: number }[]]>([
    ['no dots', [], []],
    ['one dot', [[10, 10, 7]], [{ count: 7, places: 1 }]],
    [
      'two dots in one cell',
      [
        [10, 10, 3],
        [30, 20, 4],
      ],
      [{ count: 7, places: 2 }],
    ],
    [
      'two dots far apart',
      [
        [10, 10, 3],
        [300, 200, 4],
      ],
      [
        { count: 4, places: 1 },
        { count: 3, places: 1 },
      ],
    ],
    [
      'three in a cell and one alone',
      [
        [110, 110, 1],
        [120, 120, 2],
        [140, 130, 5],
        [350, 20, 9],
      ],
      [
        { count: 9, places: 1 },
        { count: 8, places: 3 },
      ],
    ],
    [
      'far off screen is left out',
      [
        [-500, 10, 3],
        [10, 10, 2],
      ],
      [{ count: 2, places: 1 }],
    ],
  ])('%s', (_name, dots, want) => {
    expect(run(dots)).toEqual(want);
  });

  test('every event is counted once, whatever the cell size', () => {
    const dots: [number, number, number][] = Array.from({ length: 200 }, (_, j) => [
      (j * 37) % 400,
      (j * 53) % 300,
      1 + (j % 5),
    ]);
    const total = dots.reduce((s, d) => s + d[2], 0);
    for (const cell of [10, 50, 120, 1000]) expect(run(dots, cell).reduce((s, c) => s + c.count, 0)).toBe(total);
  });

  test('a cluster sits at its events’ weighted centre', () => {
    const [c] = clusterDots(
      [0, 1],
      Float64Array.of(10, 40),
      Float64Array.of(10, 10),
      Uint32Array.of(1, 3),
      400,
      300,
      50,
    );
    expect(c!.x).toBeCloseTo(32.5);
    expect(c!.y).toBeCloseTo(10);
  });
});
