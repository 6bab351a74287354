import { describe, expect, test } from 'vitest';
import { generateSynthetic } from '../../../src/data/synthetic';
import { buildLanes, type LaneSet } from '../../../src/timeline/core/lanes';
import { fullWindow } from '../../../src/timeline/core/limits';
import { TimeScale } from '../../../src/timeline/core/timeScale';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';
import {
  isPoint,
  layoutFrame,
  layoutSteps,
  layoutUnselected,
  markExtent,
  MARK_LIMIT,
  INPUT_CHUNK,
} from '../../../src/timeline/core/frame';
import { finish } from '../../../src/lib/steps';
import { bucketDensity, type DensityGrid } from '../../../src/timeline/core/density';
import { all, makeIndex } from '../fixtures';

const D = 86_400_000;

describe('laying out a frame', () => {
  const big = generateSynthetic(20_000, 3);
  const filtered = all(big);
  const vis = buildVisibleIndex(filtered, big.start, big.end);
  const full = fullWindow(big.span);
  const mid = (full[0] + full[1]) / 2;
  /** The layout input for a view of the 20,000 events, 800 px wide and 600 high. */
  const input = (lanes: LaneSet, from: number, to: number, labelWidth = (_i: number) => 80) => ({
    index: big,
    vis,
    lanes,
    scale: new TimeScale(from, to, 800),
    viewHeight: 600,
    scrollY: 0,
    labelWidth,
  });

  test.each([
    ['the whole span', 'single', 'density', full[0], full[1]],
    ['the whole span', 'actor', 'density', full[0], full[1]],
    ['three days', 'single', 'marks', mid, mid + 3 * D],
    ['three days', 'theme', 'marks', mid, mid + 3 * D],
  ] as const)('%s of 20,000 events, lanes %s, is drawn as %s', (_name, laneMode, mode, from, to) => {
    const f = layoutFrame(input(buildLanes(big, filtered, laneMode), from, to), null);
    expect(f.mode).toBe(mode);
    if (mode === 'marks') {
      expect(f.placed.length).toBeGreaterThan(0);
      expect(f.placed.length).toBeLessThanOrEqual(MARK_LIMIT * 4);
      for (const m of f.placed) expect(m.row).toBeLessThan(f.rows);
    } else {
      expect(f.grid).not.toBeNull();
    }
  });

  test('a layout run a chunk at a time, with other layouts run between its chunks, is the layout made in one go', () => {
    const lanes = buildLanes(big, filtered, 'actor');
    const widths = (i: number) => 40 + (i % 9) * 15;
    for (const days of [60, 90, 120]) {
      const view = input(lanes, mid, mid + days * D, widths);
      const other = input(lanes, mid - 100 * D, mid - (100 - days) * D, widths);
      const steps = layoutSteps(view, null);
      let chunks = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) {
        chunks++;
        // Another view laid out meanwhile uses the same scratch buffers.
        finish(layoutSteps(other, null));
      }
      const stepped = r.value;
      const once = layoutUnselected(view, null);
      expect(once.mode).toBe('marks');
      expect(once.visibleCount).toBeGreaterThan(INPUT_CHUNK);
      expect(chunks).toBeGreaterThan(1);
      expect(stepped.placed).toEqual(once.placed);
      expect(stepped.badges).toEqual(once.badges);
      expect(stepped.visibleCount).toBe(once.visibleCount);
    }
  });

  test('a cached density grid is reused while panning a little at the same zoom', () => {
    const lanes = buildLanes(big, filtered, 'single');
    const input = { index: big, vis, lanes, viewHeight: 600, scrollY: 0, labelWidth: () => 80 };
    const half = (full[1] - full[0]) / 2;
    const a = layoutFrame({ ...input, scale: new TimeScale(full[0], full[0] + half, 800) }, null);
    expect(a.mode).toBe('density');
    for (const shift of [0.01, 0.2, 0.5]) {
      const b = layoutFrame(
        { ...input, scale: new TimeScale(full[0] + shift * half, full[0] + (1 + shift) * half, 800) },
        a.grid,
      );
      expect(b.grid).toBe(a.grid);
    }
  });

  test('with no pyramid (zoomed past its finest level), a counted grid serves the next octaves of zooming in, exactly', () => {
    const lanes = buildLanes(big, filtered, 'single');
    const input = { index: big, vis, lanes, viewHeight: 600, scrollY: 0, labelWidth: () => 80 };
    const span = full[1] - full[0];
    const at = (span: number) => new TimeScale(mid - span / 2, mid + span / 2, 800);
    const a = layoutFrame({ ...input, scale: at(span) }, null);
    expect(a.mode).toBe('density');
    for (const k of [2, 4]) {
      const scale = at(span / k);
      const b = layoutFrame({ ...input, scale }, a.grid);
      expect(b.mode).toBe('density');
      // Reused, not counted again.
      expect(b.grid).toBe(a.grid);
      // And what a fresh count at that grid's level gives, inside the view.
      const g = b.grid!;
      const fresh = bucketDensity(vis, g.level, scale.from, scale.to, 1, (_i, out) => ((out[0] = 0), 1));
      const from = Math.ceil(scale.from / 2 ** g.level);
      const cells = (x: DensityGrid) => [...x.counts.subarray(from - x.first, from - x.first + 100)];
      expect(cells(g)).toEqual(cells(fresh));
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

describe('the selected event is always drawn as its own mark', () => {
  // Forty events on one day crowd a two-row lane; most merge into a "+n" badge.
  const crowd = makeIndex(Array.from({ length: 40 }, () => ({ day: '2020-01-10' })));
  const filtered = all(crowd);
  const vis = buildVisibleIndex(filtered, crowd.start, crowd.end);
  const lanes = buildLanes(crowd, filtered, 'single');
  const scale = new TimeScale(Date.UTC(2020, 0, 1), Date.UTC(2020, 1, 1), 600);
  const input = { index: crowd, vis, lanes, scale, viewHeight: 16 + 2 * 20 + 18, scrollY: 0, labelWidth: () => 80 };

  test('an event hidden in a badge gets a mark of its own once selected, and nothing else moves', () => {
    const before = layoutFrame(input, null);
    const hidden = crowd.count - 1;
    expect(before.placed.some((m) => m.ev === hidden)).toBe(false);
    const after = layoutFrame({ ...input, selected: hidden }, null);
    const own = after.placed.filter((m) => m.ev === hidden);
    expect(own).toHaveLength(1);
    expect(own[0]!.pinned).toBe(true);
    expect(own[0]!.row).toBe(after.rows - 1);
    const where = (f: typeof before) => f.placed.filter((m) => !m.pinned).map((m) => [m.ev, m.row, m.x0]);
    expect(where(after)).toEqual(where(before));
  });

  test('an event that already has a mark is not drawn twice', () => {
    const after = layoutFrame({ ...input, selected: 0 }, null);
    expect(after.placed.filter((m) => m.ev === 0)).toHaveLength(1);
    expect(after.placed.some((m) => m.pinned)).toBe(false);
  });

  test('in density mode the selected event still has its own mark', () => {
    const big = generateSynthetic(20_000, 3);
    const bigAll = all(big);
    const bigVis = buildVisibleIndex(bigAll, big.start, big.end);
    const full = fullWindow(big.span);
    const sel = 10_000;
    const f = layoutFrame(
      {
        index: big,
        vis: bigVis,
        lanes: buildLanes(big, bigAll, 'single'),
        scale: new TimeScale(full[0], full[1], 800),
        viewHeight: 600,
        scrollY: 0,
        labelWidth: () => 80,
        selected: sel,
      },
      null,
    );
    expect(f.mode).toBe('density');
    expect(f.placed.map((m) => m.ev)).toEqual([sel]);
  });
});
