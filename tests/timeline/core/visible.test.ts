import { describe, expect, test } from 'vitest';
import {
  buildVisibleIndex,
  collectVisible,
  estimateVisible,
  firstStartAtOrAfter,
} from '../../../src/timeline/core/visible';
import { all, makeIndex } from '../fixtures';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

const index = makeIndex([
  { day: '2010-01-01', days: 4000, precision: 4 },
  { day: '2019-12-20', days: 31, precision: 2 },
  { day: '2020-01-01' },
  { day: '2020-01-05' },
  { day: '2020-01-09' },
  { day: '2020-02-01' },
]);
const vis = buildVisibleIndex(all(index), index.start, index.end);

describe('visible events', () => {
  test.each([
    // window, expected events
    ['2020-01-01', '2020-01-06', [0, 1, 2, 3]],
    ['2020-01-06', '2020-01-08', [0, 1]],
    ['2020-01-25', '2020-02-02', [0, 5]],
    ['2000-01-01', '2001-01-01', []],
    ['2030-01-01', '2031-01-01', []],
  ])('[%s, %s) shows %j, long spans included', (a, b, expected) => {
    const out = new Uint32Array(16);
    const n = collectVisible(vis, day(a), day(b), out);
    expect([...out.slice(0, n)]).toEqual(expected);
    expect(estimateVisible(vis, day(a), day(b))).toBeGreaterThanOrEqual(n);
  });

  test('only filtered events are found', () => {
    const some = buildVisibleIndex(Uint32Array.of(3, 4), index.start, index.end);
    const out = new Uint32Array(16);
    const n = collectVisible(some, day('2020-01-01'), day('2020-03-01'), out);
    expect([...out.slice(0, n)]).toEqual([3, 4]);
  });

  test('the output buffer caps the count', () => {
    const out = new Uint32Array(2);
    expect(collectVisible(vis, day('2020-01-01'), day('2020-03-01'), out)).toBe(2);
  });

  test.each([
    ['2000-01-01', 0],
    ['2020-01-01', 2],
    ['2020-01-02', 3],
    ['2021-01-01', 6],
  ])('the first event starting at or after %s is at %d', (d, k) => {
    expect(firstStartAtOrAfter(vis.filtered, index.start, day(d))).toBe(k);
  });
});
