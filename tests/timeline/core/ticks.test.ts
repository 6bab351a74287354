import { describe, expect, test } from 'vitest';
import { chooseTicks, fitLabels, LABEL_SPACING, placeContext, type AxisLabel } from '../../../src/timeline/core/ticks';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('chooseTicks', () => {
  test.each([
    // window, width, unit, first labels, context labels
    [utc(2015), utc(2025), 1000, 'year', ['2015', '2016', '2017'], []],
    [utc(1900), utc(2100), 800, '20 years', ['1900', '1920', '1940'], []],
    [utc(1900), utc(2100), 1800, '10 years', ['1900', '1910', '1920'], []],
    [utc(2019), utc(2021), 1000, 'month', ['Jan', 'Feb', 'Mar'], ['2019', '2020']],
    [utc(2019), utc(2021), 400, '3 months', ['Jan', 'Apr', 'Jul'], ['2019', '2020']],
    [utc(2020, 3), utc(2020, 5), 700, 'week', ['2 Mar', '9 Mar', '16 Mar'], ['2020']],
    [utc(2020, 3, 1), utc(2020, 3, 15), 900, 'day', ['1', '2', '3'], ['March 2020']],
    [utc(2020, 2, 27), utc(2020, 3, 3), 600, 'day', ['27', '28', '29', '1'], ['February 2020', 'March 2020']],
  ])('[%s, %s) over %d px ticks by %s', (from, to, width, unit, first, context) => {
    const level = chooseTicks(from, to, width);
    expect(level.unit).toBe(unit);
    expect(level.ticks.slice(0, first.length).map((t) => t.label)).toEqual(first);
    expect(level.context.map((c) => c.label)).toEqual(context);
  });

  test.each([
    [utc(2015), utc(2025), 300],
    [utc(2015), utc(2025), 1600],
    [utc(2020, 3), utc(2020, 4), 320],
    [utc(2020, 3, 1), utc(2020, 3, 2), 320],
    [utc(2020, 3), utc(2020, 9), 375],
  ])('labels of [%s, %s) over %d px are spaced wide enough to read', (from, to, width) => {
    const { ticks } = chooseTicks(from, to, width);
    const px = (t: number) => ((t - from) / (to - from)) * width;
    for (let k = 1; k < ticks.length; k++) expect(px(ticks[k]!.t) - px(ticks[k - 1]!.t)).toBeGreaterThanOrEqual(26);
    expect(ticks.length).toBeGreaterThan(0);
  });

  test('ticks depend only on the window, never on today', () => {
    const a = chooseTicks(utc(1990), utc(1991), 800);
    const b = chooseTicks(utc(1990), utc(1991), 800);
    expect(a).toEqual(b);
    expect(a.ticks[0]!.t).toBe(utc(1990));
  });
});

/** Labels 30 px wide wanting to start at the given x. */
const at = (...xs: number[]): AxisLabel[] => xs.map((x, k) => ({ t: k, label: String(2018 + k), x, w: 30 }));

describe('fitting axis labels inside the plot', () => {
  test.each([
    // name, wanted x per label, plot width, labels kept
    ['all fit: all kept where they are', at(3, 103, 203), 375, ['2018', '2019', '2020']],
    // The phone case: "2020" starts at 350 of 375 and would be cut at the right edge.
    ['crossing the right edge: dropped', at(3, 150, 350), 375, ['2018', '2019']],
    ['ending exactly at the edge: kept', at(3, 345), 375, ['2018', '2019']],
    ['crossing the left edge: dropped', at(-10, 150), 375, ['2019']],
    ['running into the label before: dropped', at(3, 36, 80), 375, ['2018', '2020']],
    ['a plot too narrow for any', at(3), 20, []],
  ])('%s', (_name, labels, width, kept) => {
    const out = fitLabels(labels, width);
    expect(out.map((l) => l.label)).toEqual(kept);
    for (const l of out) expect([l.x >= 0, l.x + l.w <= width]).toEqual([true, true]);
  });
});

describe('placing context labels', () => {
  const px = (t: number) => t; // times are pixels here
  const w = () => 60;
  test.each([
    // name, context times, width, expected [label, x]
    [
      'the first pinned at the left edge',
      [-500, 200],
      375,
      [
        ['a', 2],
        ['b', 203],
      ],
    ],
    [
      'the first stays while the next leaves it room',
      [-500, 2 + 60 + LABEL_SPACING - 3],
      375,
      [
        ['a', 2],
        ['b', 2 + 60 + LABEL_SPACING],
      ],
    ],
    ['pushed past the left edge: dropped, never clipped', [-500, 40], 375, [['b', 43]]],
    ['the next crossing the right edge: dropped, and the first stays pinned', [-500, 340], 375, [['a', 2]]],
  ])('%s', (_name, times, width, expected) => {
    const ctx = times.map((t, k) => ({ t, label: 'ab'[k]! }));
    expect(placeContext(ctx, px, w, width).map((l) => [l.label, l.x])).toEqual(expected);
  });
});
