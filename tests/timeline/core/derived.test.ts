import { describe, expect, test } from 'vitest';
import { createDerived } from '../../../src/timeline/core/derived';
import { bucketDensity } from '../../../src/timeline/core/density';
import { all, makeIndex } from '../fixtures';

const D = 86_400_000;
const t0 = Date.UTC(2020, 0, 1);
/** The unit of the views below: 32 days. */
const W = 32 * D;
// Twelve thousand events over 128 days (4 W), and one ten years before: the pyramid over the whole span (its resolution
// set by the number of events) serves a view of 8 W, but not one of 4 W, whose density is counted from the events.
const index = makeIndex([
  { day: '2010-01-01' },
  ...Array.from({ length: 12_000 }, (_, k) => ({ day: new Date(t0 + (k % 128) * D).toISOString().slice(0, 10) })),
]);
const rows = all(index);

function frameAt(derived: ReturnType<typeof createDerived>, from: number, to: number) {
  return derived.frame({
    index,
    vis: derived.vis(index, rows),
    lanes: derived.lanes(index, rows, 'single'),
    scale: derived.scale(from, to, 900),
    viewHeight: 500,
    scrollY: 0,
    labelWidth: () => 80,
    splitByTheme: false,
    selected: -1,
  });
}

describe('the derived frames', () => {
  test('prefetch counts, while idle, the grid the next zoom in needs, and that zoom then draws from it, exactly', () => {
    const derived = createDerived();
    // Zooming in from 16 W to 8 W: the pyramid's grid serves both.
    expect(frameAt(derived, t0 - 6 * W, t0 + 10 * W).mode).toBe('density');
    const wide = frameAt(derived, t0 - 2 * W, t0 + 6 * W);
    expect(wide.mode).toBe('density');
    expect(derived.prefetch()).toBe(true);
    // Nothing more to do until another dense frame is laid out.
    expect(derived.prefetch()).toBe(false);
    const zoomed = frameAt(derived, t0, t0 + 4 * W);
    expect(zoomed.mode).toBe('density');
    const g = zoomed.grid!;
    // Counted ahead, not in the frame: the same grid the wide view drew after the prefetch.
    expect(frameAt(derived, t0 - 2 * W, t0 + 6 * W).grid).toBe(g);
    const fresh = bucketDensity(derived.vis(index, rows), g.level, t0, t0 + 4 * W, 1, (_i, out) => {
      out[0] = 0;
      return 1;
    });
    const from = Math.ceil(t0 / 2 ** g.level);
    const cells = (x: typeof g) => [...x.counts.subarray(from - x.first, from - x.first + 500)];
    expect(cells(g)).toEqual(cells(fresh));
    expect(Math.max(...cells(g))).toBeGreaterThan(0);
  });

  test('frameBy lays a view out over several calls, going on where it stopped, and gives what frame gives at once', () => {
    // Six hundred events, one a day from 2020: a view of two years shows them all as single marks.
    const spread = makeIndex(
      Array.from({ length: 600 }, (_, k) => ({
        day: new Date(t0 + k * D).toISOString().slice(0, 10),
        actors: [k % 3],
      })),
    );
    const spreadRows = all(spread);
    const derived = createDerived();
    const view = {
      index: spread,
      vis: derived.vis(spread, spreadRows),
      lanes: derived.lanes(spread, spreadRows, 'actor'),
      scale: derived.scale(t0 - 10 * D, t0 + 700 * D, 1400),
      viewHeight: 500,
      scrollY: 0,
      labelWidth: () => 80,
      splitByTheme: false,
      selected: 5,
    };
    let calls = 1;
    // A deadline already past: one chunk per call.
    let f = derived.frameBy(view, 0);
    for (; f === null && calls < 1000; calls++) f = derived.frameBy(view, 0);
    expect(f?.mode).toBe('marks');
    expect(calls).toBeGreaterThan(2);
    // Once done it is kept: the same frame, at once.
    expect(derived.frameBy(view, 0)).toBe(f);
    const fresh = createDerived().frame(view);
    expect(f!.placed).toEqual(fresh.placed);
    expect(f!.badges).toEqual(fresh.badges);
    expect(f!.placed.length).toBeGreaterThan(100);
  });
});
