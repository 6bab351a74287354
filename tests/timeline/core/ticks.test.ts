import { describe, expect, test } from 'vitest';
import { chooseTicks } from '../../../src/timeline/core/ticks';

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
