import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { eventsOutside } from '../../../src/timeline/core/edges';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';
import { DAY_MS } from '../../../src/data/model';
import { all, makeIndex } from '../fixtures';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

// The bundled data's shape: background from 1996 (one running into the story), then the story.
const index = makeIndex([
  { day: '1996-01-01', days: 2191 },
  { day: '2001-09-11' },
  { day: '2001-09-12', days: 235 },
  { day: '2001-09-12', days: 6700 },
  { day: '2019-05-03' },
  { day: '2019-12-04', days: 30 },
  { day: '2021-05-01', days: 31 },
]);
const vis = buildVisibleIndex(all(index), index.start, index.end);

describe('events outside the view', () => {
  test.each([
    // window, earlier [count, lo, hi], later [count, lo, hi]
    ['2018-07-01', '2021-08-01', [3, '1996-01-01', '2002-05-05'], [0]],
    ['2019-06-01', '2019-12-01', [4, '1996-01-01', '2019-05-04'], [2, '2019-12-04', '2021-06-01']],
    ['1995-01-01', '2022-01-01', [0], [0]],
    ['1990-01-01', '1991-01-01', [0], [7, '1996-01-01', '2021-06-01']],
  ])('[%s, %s): earlier %j, later %j', (a, b, e, l) => {
    const out = eventsOutside(vis, day(a), day(b));
    const side = (s: { count: number; lo: number; hi: number }) =>
      s.count ? [s.count, new Date(s.lo).toISOString().slice(0, 10), new Date(s.hi).toISOString().slice(0, 10)] : [0];
    expect(side(out.earlier)).toEqual(e);
    expect(side(out.later)).toEqual(l);
  });

  test('agrees with counting every event, for any events and any window', () => {
    const ev = fc.record({
      at: fc.integer({ min: 0, max: 400 }),
      days: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 200 })),
    });
    fc.assert(
      fc.property(
        fc.array(ev, { maxLength: 60 }),
        fc.integer({ min: -10, max: 420 }),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        (events, a, len, odd) => {
          const ix = makeIndex(
            events.map((x) => ({
              day: new Date(day('2020-01-01') + x.at * DAY_MS).toISOString().slice(0, 10),
              days: x.days,
            })),
          );
          // Filter to every other event sometimes, so positions are not 0..n-1.
          const filtered = Uint32Array.from([...all(ix)].filter((i) => !odd || i % 2 === 0));
          const v = buildVisibleIndex(filtered, ix.start, ix.end);
          const from = day('2020-01-01') + a * DAY_MS;
          const to = from + len * DAY_MS;
          const got = eventsOutside(v, from, to);
          const before = [...filtered].filter((i) => ix.end[i]! <= from);
          const after = [...filtered].filter((i) => ix.start[i]! >= to);
          const span = (list: number[]) =>
            list.length
              ? {
                  count: list.length,
                  lo: Math.min(...list.map((i) => ix.start[i]!)),
                  hi: Math.max(...list.map((i) => ix.end[i]!)),
                }
              : { count: 0, lo: 0, hi: 0 };
          expect(got.earlier).toEqual(span(before));
          expect(got.later).toEqual(span(after));
        },
      ),
      { numRuns: 300 },
    );
  });
});
