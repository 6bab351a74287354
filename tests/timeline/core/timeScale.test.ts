import { describe, expect, test } from 'vitest';
import { TimeScale } from '../../../src/timeline/core/timeScale';

const D = 86_400_000;

describe('TimeScale', () => {
  test.each([
    // from, to, width, time, expected px
    [0, 10 * D, 1000, 0, 0],
    [0, 10 * D, 1000, 5 * D, 500],
    [0, 10 * D, 1000, 10 * D, 1000],
    [10 * D, 20 * D, 500, 5 * D, -250],
    [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), 366, Date.UTC(2020, 1, 1), 31],
  ])('window [%d, %d) over %d px puts %d at %d px', (from, to, width, t, px) => {
    const s = new TimeScale(from, to, width);
    expect(s.toPx(t)).toBeCloseTo(px, 6);
    expect(s.toTime(px)).toBeCloseTo(t, 0);
  });

  test.each([
    [0, D, 100, D / 100],
    [0, 365 * D, 730, D / 2],
  ])('ms per pixel of [%d, %d) over %d px is %d', (from, to, width, msPerPx) => {
    expect(new TimeScale(from, to, width).msPerPx).toBeCloseTo(msPerPx, 6);
    expect(new TimeScale(from, to, width).durationPx(msPerPx * 7)).toBeCloseTo(7, 6);
  });

  test('an empty window or zero width never divides by zero', () => {
    const s = new TimeScale(5, 5, 0);
    expect(Number.isFinite(s.toPx(10))).toBe(true);
    expect(Number.isFinite(s.toTime(10))).toBe(true);
  });
});
