import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bucketDensity } from '../../../src/timeline/core/density';
import { DensityPyramid } from '../../../src/timeline/core/densityPyramid';
import { densityBase, withCoarse } from '../../../src/data/densityBase';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';
import { all, makeIndex } from '../fixtures';

const D = 86_400_000;
const day0 = Date.UTC(2020, 0, 1);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Events over two years, some days long, some months; each in one or two of three lanes. */
const eventsArb = fc.array(
  fc.record({
    at: fc.integer({ min: 0, max: 700 }),
    days: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 90 })),
    lanes: fc.subarray([0, 1, 2], { minLength: 1, maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 120 },
);

function setUp(events: { at: number; days: number; lanes: number[] }[], maxEntries: number, coarse = false) {
  const index = makeIndex(events.map((e) => ({ day: iso(day0 + e.at * D), days: e.days, actors: e.lanes })));
  const v = buildVisibleIndex(all(index), index.start, index.end);
  const lanesOf = (i: number, out: Int32Array) => {
    let n = 0;
    for (let k = index.actorOffsets[i]!; k < index.actorOffsets[i + 1]!; k++) out[n++] = index.actorIds[k]!;
    return n;
  };
  const full: [number, number] = [day0 - 30 * D, day0 + 800 * D];
  const base = densityBase(v.filtered, v.start, v.end, 3, lanesOf, full, maxEntries);
  return { v, lanesOf, full, pyramid: new DensityPyramid(coarse ? withCoarse(base) : base) };
}

describe('the density pyramid', () => {
  test('gives exactly the counts bucketDensity counts, at every level it holds', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 6 }), (events, up) => {
        const { v, lanesOf, full, pyramid } = setUp(events, 4096);
        const level = pyramid.base + up;
        const got = pyramid.grid(level, full[0], full[1])!;
        const want = bucketDensity(v, level, full[0], full[1], 3, lanesOf);
        expect(got.first).toBe(want.first);
        expect(got.buckets).toBe(want.buckets);
        expect([...got.counts]).toEqual([...want.counts]);
        expect([...got.max]).toEqual([...want.max]);
      }),
      { numRuns: 60 },
    );
  });

  test('inside a narrower range too (where every event overlapping a bucket overlaps the range)', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 600 }), (events, up, at) => {
        const { v, lanesOf, pyramid } = setUp(events, 4096);
        const level = pyramid.base + up;
        const size = 2 ** level;
        // A bucket-aligned range, so no bucket reaches outside it.
        const from = Math.floor((day0 + at * D) / size) * size;
        const to = from + 40 * size;
        const got = pyramid.grid(level, from, to)!;
        const want = bucketDensity(v, level, from, to, 3, lanesOf);
        expect([...got.counts]).toEqual([...want.counts]);
      }),
      { numRuns: 60 },
    );
  });

  test('warmed step by step between zooms (levels built from coarser and finer ones), it still counts exactly', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(-1)), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (events, steps, coarse) => {
          // With or without the coarse copy the data worker sends beside the base.
          const { v, lanesOf, full, pyramid } = setUp(events, 4096, coarse);
          // -1 is an idle step; a number is a zoom to that many levels above the base.
          for (const up of steps) {
            if (up < 0) {
              pyramid.warm();
              continue;
            }
            const level = pyramid.base + up;
            const got = pyramid.grid(level, full[0], full[1])!;
            const want = bucketDensity(v, level, full[0], full[1], 3, lanesOf);
            expect([...got.counts]).toEqual([...want.counts]);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  test('warming ends, with every level up to a few pixels wide held', () => {
    const { v, lanesOf, full, pyramid } = setUp(
      [
        { at: 3, days: 1, lanes: [0] },
        { at: 500, days: 40, lanes: [1, 2] },
      ],
      4096,
    );
    let steps = 0;
    while (pyramid.warm()) expect(++steps).toBeLessThan(64);
    expect(steps).toBeGreaterThan(4);
    for (let up = 0; up < 10; up++) {
      const level = pyramid.base + up;
      expect([...pyramid.grid(level, full[0], full[1])!.counts]).toEqual([
        ...bucketDensity(v, level, full[0], full[1], 3, lanesOf).counts,
      ]);
    }
  });

  test('serves no level finer than the memory allows, so the caller counts those itself', () => {
    const { pyramid } = setUp([{ at: 3, days: 1, lanes: [0] }], 4096);
    expect(pyramid.grid(pyramid.base - 1, day0, day0 + D)).toBeNull();
    expect(pyramid.grid(pyramid.base, day0, day0 + D)).not.toBeNull();
  });
});
