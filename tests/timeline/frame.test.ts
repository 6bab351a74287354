import { describe, expect, test } from 'vitest';
import { generateSynthetic } from '../../src/data/synthetic';
import { buildLanes } from '../../src/timeline/core/lanes';
import { fullWindow } from '../../src/timeline/core/limits';
import { TimeScale } from '../../src/timeline/core/timeScale';
import { buildVisibleIndex } from '../../src/timeline/core/visible';
import { isPoint, layoutFrame, markExtent, MARK_LIMIT } from '../../src/timeline/frame';
import { all, makeIndex } from './fixtures';

const D = 86_400_000;

describe('laying out a frame', () => {
  const big = generateSynthetic(20_000, 3);
  const filtered = all(big);
  const vis = buildVisibleIndex(filtered, big.start, big.end);
  const full = fullWindow(big.span);
  const mid = (full[0] + full[1]) / 2;

  test.each([
    ['the whole span', 'single', 'density', full[0], full[1]],
    ['the whole span', 'actor', 'density', full[0], full[1]],
    ['three days', 'single', 'marks', mid, mid + 3 * D],
    ['three days', 'theme', 'marks', mid, mid + 3 * D],
  ] as const)('%s of 20,000 events, lanes %s, is drawn as %s', (_name, laneMode, mode, from, to) => {
    const lanes = buildLanes(big, filtered, laneMode);
    const f = layoutFrame({ index: big, vis, lanes, scale: new TimeScale(from, to, 800), viewHeight: 600, scrollY: 0, labelWidth: () => 80 }, null);
    expect(f.mode).toBe(mode);
    if (mode === 'marks') {
      expect(f.placed.length).toBeGreaterThan(0);
      expect(f.placed.length).toBeLessThanOrEqual(MARK_LIMIT * 4);
      for (const m of f.placed) expect(m.row).toBeLessThan(f.rows);
    } else {
      expect(f.grid).not.toBeNull();
    }
  });

  test('a cached density grid is reused while panning a little at the same zoom', () => {
    const lanes = buildLanes(big, filtered, 'single');
    const input = { index: big, vis, lanes, viewHeight: 600, scrollY: 0, labelWidth: () => 80 };
    const half = (full[1] - full[0]) / 2;
    const a = layoutFrame({ ...input, scale: new TimeScale(full[0], full[0] + half, 800) }, null);
    expect(a.mode).toBe('density');
    for (const shift of [0.01, 0.2, 0.5]) {
      const b = layoutFrame({ ...input, scale: new TimeScale(full[0] + shift * half, full[0] + (1 + shift) * half, 800) }, a.grid);
      expect(b.grid).toBe(a.grid);
    }
  });

  const small = makeIndex([
    { day: '2020-01-10' },
    { day: '2020-01-10', days: 3 },
    { day: '2020-02-01', days: 29, precision: 2 },
  ]);
  const scale = new TimeScale(Date.UTC(2020, 0, 1), Date.UTC(2020, 2, 1), 600);

  test.each([
    // event, point?, extent starts near, extent ends near (px)
    [0, true, scale.toPx(Date.UTC(2020, 0, 10, 12)) - 5, scale.toPx(Date.UTC(2020, 0, 10, 12)) + 5],
    [1, false, scale.toPx(Date.UTC(2020, 0, 10)), scale.toPx(Date.UTC(2020, 0, 13))],
    [2, false, scale.toPx(Date.UTC(2020, 1, 1)), scale.toPx(Date.UTC(2020, 2, 1))],
  ])('event %d: a point only when known to the day (%s), else a bar over its whole interval', (i, point, x0, x1) => {
    expect(isPoint(small, i)).toBe(point);
    const [a, b] = markExtent(small, scale, i);
    expect(a).toBeCloseTo(x0, 5);
    expect(b).toBeCloseTo(x1, 5);
  });
});
