import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generateSynthetic } from '../../src/data/synthetic';
import {
  densityBase,
  densityEntries,
  oneLaneDensityBase,
  oneLaneDensitySteps,
  PYRAMID_ENTRIES,
  type OneLaneRows,
} from '../../src/data/densityBase';
import { allDatesWindow } from '../../src/data/home';

const index = generateSynthetic(40_000, 11);
const all = Uint32Array.from({ length: index.count }, (_, i) => i);
const same = (a: Float32Array, b: Float32Array) => a.length === b.length && a.every((v, k) => v === b[k]);

describe('the one-lane density base', () => {
  test("counts what the generic count does with the timeline's row rule (one row, or each event's first theme)", () => {
    for (const rows of ['one', 'firstTheme'] as const) {
      const rowsOf = (i: number, out: Int32Array) => {
        if (rows === 'one') return ((out[0] = 0), 1);
        const a = index.themeOffsets[i]!;
        if (a >= index.themeOffsets[i + 1]!) return 0;
        out[0] = index.themeIds[a]!;
        return 1;
      };
      const want = densityBase(
        all,
        index.start,
        index.end,
        rows === 'one' ? 1 : index.themes.length,
        rowsOf,
        allDatesWindow(index.span),
      );
      const got = oneLaneDensityBase(index, all, rows);
      expect({ ...got, starts: null, ends: null }).toEqual({ ...want, starts: null, ends: null });
      expect(same(got.starts, want.starts) && same(got.ends, want.ends)).toBe(true);
      expect(got.starts.some((v) => v > 0)).toBe(true);
    }
  });

  test('is as fine as its events need: a few thousand matches send a small base, a million the finest', () => {
    const few = oneLaneDensityBase(index, all.subarray(0, 4_000), 'one');
    const many = oneLaneDensityBase(index, all, 'one');
    expect(few.starts.length).toBeLessThanOrEqual(densityEntries(4_000));
    expect(few.starts.length * 2).toBeLessThan(many.starts.length);
    expect(few.base).toBeGreaterThan(many.base);
    expect(densityEntries(1_000_000)).toBe(PYRAMID_ENTRIES);
    expect(densityEntries(10)).toBeGreaterThanOrEqual(2 ** 16);
    // Coarser, and still every event counted once, where it starts and where it ends.
    const sum = (a: Float32Array) => a.reduce((x, y) => x + y, 0);
    expect(sum(few.starts)).toBe(4_000);
    expect(sum(few.ends)).toBe(4_000);
  });

  test('built in steps, gives the same base as at once, and nothing before its last step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OneLaneRows>('one', 'firstTheme'),
        fc.integer({ min: 0, max: index.count }),
        (rows, from) => {
          const events = all.subarray(from);
          const want = oneLaneDensityBase(index, events, rows);
          const step = oneLaneDensitySteps(index, events, rows);
          let calls = 0;
          // A zero budget: one slice of events per call.
          let got = step(0);
          for (; !got; got = step(0)) calls++;
          if (events.length > 40_000) expect(calls).toBeGreaterThan(0);
          expect(same(got.starts, want.starts) && same(got.ends, want.ends)).toBe(true);
        },
      ),
      { numRuns: 8 },
    );
  });
});
