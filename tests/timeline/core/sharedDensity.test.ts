import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generateSynthetic } from '../../../src/data/synthetic';
import { oneLaneDensityBase, shareDensityBase, type OneLaneRows } from '../../../src/data/densityBase';
import { createDerived } from '../../../src/timeline/core/derived';
import { DensityPyramid } from '../../../src/timeline/core/densityPyramid';
import { bucketDensity } from '../../../src/timeline/core/density';
import { layoutFrame } from '../../../src/timeline/core/frame';
import { buildLanes } from '../../../src/timeline/core/lanes';
import { fullWindow } from '../../../src/timeline/core/limits';
import { TimeScale } from '../../../src/timeline/core/timeScale';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';

const index = generateSynthetic(20_000, 5);
const full = fullWindow(index.span);

/** A random subset of the events (as a search answer would pick), in time order. */
function subset(seed: number, keep: number): Uint32Array {
  let s = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < index.count; i++) {
    s = (s * 1_103_515_245 + 12_345) >>> 0;
    if (s / 2 ** 32 < keep) out.push(i);
  }
  return Uint32Array.from(out);
}

/** The timeline's frame for these events and view, with a fresh set of memos (so nothing is cached from before). */
function frameOf(rows: Uint32Array, kind: OneLaneRows, from: number, to: number) {
  const derived = createDerived();
  const vis = buildVisibleIndex(rows, index.start, index.end);
  return derived.frame({
    index,
    vis,
    lanes: derived.lanes(index, rows, 'single'),
    scale: derived.scale(from, to, 900),
    viewHeight: 500,
    scrollY: 0,
    labelWidth: () => 80,
    splitByTheme: kind === 'firstTheme',
    selected: -1,
  });
}

describe("the worker's density base, used by the timeline", () => {
  test('draws exactly the grid the page builds itself, in one lane or split by theme, at any dense view', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.constantFrom<OneLaneRows>('one', 'firstTheme'),
        fc.double({ min: 0, max: 0.7, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (seed, keep, kind, at, width) => {
          const from = full[0] + at * (full[1] - full[0]);
          const to = Math.min(full[1], from + width * (full[1] - full[0]));
          // The timeline's pyramid over the generic count with the frame's own row rule (lanesOf), for the same events.
          const rows = subset(seed, keep);
          const vis = buildVisibleIndex(rows, index.start, index.end);
          const lanes = buildLanes(index, rows, 'single');
          const input = {
            index,
            vis,
            lanes,
            scale: new TimeScale(from, to, 900),
            viewHeight: 500,
            scrollY: 0,
            labelWidth: () => 80,
            splitByTheme: kind === 'firstTheme',
          };
          const want = layoutFrame(
            {
              ...input,
              density: (level, a, b, n, lanesOf) => DensityPyramid.of(vis, n, lanesOf, full).grid(level, a, b),
            },
            null,
          );
          // The same events as a new answer, with the one-lane base the worker builds.
          shareDensityBase(rows, kind, oneLaneDensityBase(index, rows, kind));
          const got = frameOf(rows, kind, from, to);
          expect(got.mode).toBe(want.mode);
          if (want.mode !== 'density') return;
          expect(got.grid!.first).toBe(want.grid!.first);
          expect(got.grid!.lanes).toBe(want.grid!.lanes);
          expect([...got.grid!.counts]).toEqual([...want.grid!.counts]);
          expect([...got.grid!.max]).toEqual([...want.grid!.max]);
          // And, inside the view, what a plain count of every event in it gives (bucketDensity, at the grid's level:
          // the pyramid's when it serves the view, else the finer one a grid is counted at).
          const g = got.grid!;
          let p: typeof g | null = null;
          layoutFrame(
            {
              ...input,
              density: (_level, a, b, n, lanesOf) => (p = bucketDensity(vis, g.level, a, b, n, lanesOf)),
            },
            null,
          );
          p = p!;
          expect(p.level).toBe(g.level);
          const size = 2 ** g.level;
          const [b0, b1] = [Math.ceil(from / size), Math.floor(to / size)];
          for (let r = 0; r < g.lanes; r++) {
            const row = (x: typeof g) => [
              ...x.counts.subarray(r * x.buckets + b0 - x.first, r * x.buckets + b1 - x.first),
            ];
            expect(row(g)).toEqual(row(p));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  test('reads the shared counts instead of counting the events again', () => {
    const rows = subset(7, 0.9);
    const base = oneLaneDensityBase(index, rows, 'one');
    // A base that says nothing happened: a timeline that recounted would still show the events.
    shareDensityBase(rows, 'one', {
      ...base,
      starts: new Float32Array(base.starts.length),
      ends: new Float32Array(base.ends.length),
    });
    const f = frameOf(rows, 'one', full[0], full[1]);
    expect(f.mode).toBe('density');
    expect(Math.max(...f.grid!.max)).toBe(0);
  });

  test('is counted on the page the same way when no answer brought one', () => {
    const rows = subset(9, 0.8);
    const vis = buildVisibleIndex(rows, index.start, index.end);
    const input = {
      index,
      vis,
      lanes: buildLanes(index, rows, 'single'),
      scale: new TimeScale(full[0], full[1], 900),
      viewHeight: 500,
      scrollY: 0,
      labelWidth: () => 80,
      splitByTheme: true,
    };
    const want = layoutFrame(
      { ...input, density: (level, a, b, n, lanesOf) => DensityPyramid.of(vis, n, lanesOf, full).grid(level, a, b) },
      null,
    );
    const got = frameOf(rows, 'firstTheme', full[0], full[1]);
    expect([...got.grid!.counts]).toEqual([...want.grid!.counts]);
  });

  test('is not used for a layout it was not built for', () => {
    const rows = subset(8, 0.9);
    const base = oneLaneDensityBase(index, rows, 'one');
    shareDensityBase(rows, 'one', {
      ...base,
      starts: new Float32Array(base.starts.length),
      ends: new Float32Array(base.ends.length),
    });
    const f = frameOf(rows, 'firstTheme', full[0], full[1]);
    expect(Math.max(...f.grid!.max)).toBeGreaterThan(0);
  });
});
