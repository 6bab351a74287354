import { describe, expect, test } from 'vitest';
import { markShape, uncertainEnds } from '../../../src/timeline/core/markShape';
import { TimeScale } from '../../../src/timeline/core/timeScale';
import { spanFades } from '../../../src/timeline/draw/marks';
import { makeIndex } from '../fixtures';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('what a mark says about its date', () => {
  const index = makeIndex([
    { day: '2019-05-04' }, // a day
    { day: '2019-05-01', days: 31, precision: 2 }, // some day in May 2019
    { day: '2018-10-01', days: 474, precision: 0 }, // "known to the day" on a 15-month window: still an uncertain instant
    { day: '2019-12-01', days: 456, precision: 4 }, // lasted
  ]);
  // Positions are in time order.
  test.each([
    [0, 'window'],
    [1, 'window'],
    [2, 'point'],
    [3, 'span'],
  ] as const)('event %i is drawn as a %s', (i, shape) => {
    expect(markShape(index, i)).toBe(shape);
  });
});

describe('uncertain ends of a span', () => {
  test.each([
    // name, start, days, startPrecision, endPrecision, expected start fade, expected end fade
    ['ends known to the day: hard edges', '2018-09-01', 400, undefined, undefined, null, null],
    [
      '"since September 2018": fades in over September',
      '2018-09-01',
      400,
      2,
      undefined,
      [utc(2018, 9, 1), utc(2018, 10, 1)],
      null,
    ],
    [
      'an end known to the year fades out over that year',
      '2018-09-01',
      853,
      undefined,
      3,
      null,
      [utc(2020, 1, 1), utc(2021, 1, 1)],
    ],
    ['an end known to the month', '2018-09-01', 120, 0, 2, null, [utc(2018, 12, 1), utc(2018, 12, 30)]],
    [
      'a fade never covers more than half the span',
      '2018-09-20',
      20,
      2,
      undefined,
      [utc(2018, 9, 20), utc(2018, 9, 30)],
      null,
    ],
    [
      '"throughout 2019" (both ends known to the year) is the whole year: hard edges',
      '2019-01-01',
      365,
      3,
      3,
      null,
      null,
    ],
    ['September 2018 alone, ends known to the month: hard edges', '2018-09-01', 30, 2, 2, null, null],
  ] as const)('%s', (_name, day, days, sp, ep, startFade, endFade) => {
    const index = makeIndex([{ day, days, precision: 4, startPrecision: sp, endPrecision: ep }]);
    const u = uncertainEnds(index, 0);
    expect(u.start).toEqual(startFade);
    expect(u.end).toEqual(endFade);
  });
});

describe('how far a span fades at each end, in pixels', () => {
  const scale = new TimeScale(Date.UTC(2018, 0, 1), Date.UTC(2020, 0, 1), 730);
  test.each([
    // name, fixture, expected left and right fade (px, 1 px a day)
    ['ends known to the day: hard edges', { day: '2018-09-01', days: 400, precision: 4 }, 0, 0],
    [
      'start known to the month: September, 30 px',
      { day: '2018-09-01', days: 400, precision: 4, startPrecision: 2 },
      30,
      0,
    ],
    ['end known to the year', { day: '2018-01-01', days: 730, precision: 4, endPrecision: 3 }, 0, 365],
  ] as const)('%s', (_name, ev, left, right) => {
    const index = makeIndex([ev]);
    const w = scale.durationPx(index.end[0]! - index.start[0]!);
    const f = spanFades({ index, scale }, 0, w);
    expect(f.left).toBeCloseTo(left, 5);
    expect(f.right).toBeCloseTo(right, 5);
  });
});
