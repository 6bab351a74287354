import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collectOverlapping,
  countOverlapping,
  estimateOverlapping,
  overlapIndex,
  SHORT_MS,
} from '../../src/data/overlap';
import { DAY_MS } from '../../src/lib/days';
import { facetCounts } from '../../src/data/facetCounts';
import { generateSynthetic } from '../../src/data/synthetic';

// Events as [start day, length in days], sorted by start as an EventIndex holds them; some longer than SHORT_MS.
const events = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 400 }),
      fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 30, max: 400 })),
    ),
    { maxLength: 60 },
  )
  .map((list) => list.sort((a, b) => a[0] - b[0]));
const window = fc.tuple(fc.integer({ min: -50, max: 450 }), fc.integer({ min: 1, max: 200 }));

describe('overlap index', () => {
  it('finds exactly the events a plain scan finds overlapping the window, for any subset of rows', () => {
    fc.assert(
      fc.property(
        events,
        window,
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (list, [from, len], keep) => {
          const start = Float64Array.from(list, ([s]) => s * DAY_MS);
          const end = Float64Array.from(list, ([s, d]) => (s + d) * DAY_MS);
          const rows = Uint32Array.from(list.flatMap((_, i) => (keep[i] ? [i] : [])));
          const [f, t] = [from * DAY_MS, (from + len) * DAY_MS];
          const plain = Array.from(rows).filter((i) => start[i]! < t && end[i]! > f);
          const ix = overlapIndex(rows, start, end);
          const out = new Uint32Array(rows.length);
          const n = collectOverlapping(ix, f, t, out);
          expect(Array.from(out.subarray(0, n)).sort((a, b) => a - b)).toEqual(plain);
          expect(countOverlapping(ix, f, t)).toBe(plain.length);
          expect(estimateOverlapping(ix, f, t)).toBeGreaterThanOrEqual(plain.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is built once per set of rows and shared', () => {
    const rows = Uint32Array.from([0, 1]);
    const start = Float64Array.from([0, SHORT_MS * 3]);
    const end = Float64Array.from([SHORT_MS * 2, SHORT_MS * 4]);
    expect(overlapIndex(rows, start, end)).toBe(overlapIndex(rows, start, end));
    expect(overlapIndex(rows, start, end).long).toEqual(Uint32Array.from([0]));
  });

  it('gives facet counts the same totals as a plain scan of the window', () => {
    const ix = generateSynthetic(4_000, 3);
    const criteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 500 }), (d, len) => {
        const from = ix.span[0] + d * DAY_MS;
        const to = from + len * DAY_MS;
        let inView = 0;
        for (let i = 0; i < ix.count; i++) if (ix.start[i]! < to && ix.end[i]! > from) inView++;
        expect(
          facetCounts(ix, { ...criteria, actors: [...criteria.actors], themes: [...criteria.themes] }, [from, to])
            .inView,
        ).toBe(inView);
      }),
      { numRuns: 60 },
    );
  });
});
