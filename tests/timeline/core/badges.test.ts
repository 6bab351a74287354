import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { BADGE_GAP, badgeWidth, placeBadges, type Badge, type MarkInput } from '../../../src/timeline/core/stacking';

const at = (ev: number, x0: number, lane = 0, wide = false): MarkInput => ({
  ev,
  lane,
  x0,
  x1: x0 + 10,
  labelW: 0,
  wide,
});
const times = (ev: number): [number, number] => [ev * 100, ev * 100 + 50];
/** n marks at x (events first, first+1, ...). */
const pile = (first: number, n: number, x: number) => Array.from({ length: n }, (_, k) => at(first + k, x));

/** What a person would see go wrong: pills drawn over each other, cut off at an edge, or events lost. */
function faults(badges: Badge[], width: number, total: number): string[] {
  const out: string[] = [];
  badges.forEach((b, k) => {
    const w = badgeWidth(b.count);
    if (b.x < 0 || b.x + w > width) out.push(`+${b.count} at ${b.x} clipped`);
    const next = badges[k + 1];
    if (next && next.lane === b.lane && next.x < b.x + w + BADGE_GAP)
      out.push(`+${b.count} at ${b.x} collides with +${next.count} at ${next.x}`);
  });
  const counted = badges.reduce((s, b) => s + b.count, 0);
  if (counted !== total) out.push(`${counted} of ${total} events counted`);
  return out;
}

describe('placing "+n" badges', () => {
  test.each([
    // name, marks, width, expected [lane, x, count] per badge
    [
      'far apart: one badge each',
      [at(0, 10), at(1, 200)],
      400,
      [
        [0, 10, 1],
        [0, 200, 1],
      ],
    ],
    ['neighbours closer than a pill: merged', [at(0, 10), at(1, 25)], 400, [[0, 10, 2]]],
    [
      'just clear of a pill and its gap: apart',
      [at(0, 10), at(1, 10 + badgeWidth(2) + BADGE_GAP)],
      400,
      [
        [0, 10, 1],
        [0, 10 + badgeWidth(2) + BADGE_GAP, 1],
      ],
    ],
    // The QA case: a "+132" followed by a "+1" that used to touch it (2 px apart) merges instead.
    [
      'a big badge and a single one right after it: merged',
      [...pile(0, 132, 100), at(132, 100 + badgeWidth(133) + 2)],
      900,
      [[0, 100, 133]],
    ],
    ['at the right edge: shifted left to fit', [at(0, 395)], 400, [[0, 400 - badgeWidth(1), 1]]],
    ['shifted onto its neighbour: merged, and the merged badge fits', [at(0, 360), at(1, 395)], 400, [[0, 360, 2]]],
    [
      'a merge that grows past the edge shifts left and merges again',
      [...pile(0, 5, 350), ...pile(5, 9, 350 + badgeWidth(5) + BADGE_GAP), at(14, 399)],
      400,
      [[0, 350, 15]],
    ],
    ['spans starting off screen: at the left edge', [at(0, -300, 0, true), at(1, -50)], 400, [[0, 0, 2]]],
    [
      'lanes never merge',
      [at(0, 10, 0), at(1, 12, 1)],
      400,
      [
        [0, 10, 1],
        [1, 12, 1],
      ],
    ],
  ] as const)('%s', (_name, marks, width, expected) => {
    const badges = placeBadges(marks, 2, width, times);
    expect(badges.map((b) => [b.lane, b.x, b.count])).toEqual(expected);
    expect(faults(badges, width, marks.length)).toEqual([]);
  });

  test('a merged badge keeps the time range of all its events, so its click fits every one', () => {
    const [b] = placeBadges([at(3, 360), at(7, 395), at(5, 370)], 1, 400, times);
    expect([b!.count, b!.lo, b!.hi]).toEqual([3, times(3)[0], times(7)[1]]);
  });

  test('wide spans count, but do not widen the range to fit', () => {
    const [b] = placeBadges([at(2, 10), at(9, -400, 0, true)], 1, 400, times);
    expect([b!.count, b!.lo, b!.hi]).toEqual([2, ...times(2)]);
  });

  test('any overflow, in any lanes and widths: no overlap, nothing clipped, every event counted', () => {
    const markArb = fc.record({
      ev: fc.nat(1000),
      lane: fc.nat(2),
      x0: fc.integer({ min: -100, max: 700 }),
      wide: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(markArb, { maxLength: 400 }), fc.integer({ min: 60, max: 700 }), (ms, width) => {
        const marks = ms.filter((m) => m.x0 < width).map((m) => at(m.ev, m.x0, m.lane, m.wide));
        expect(faults(placeBadges(marks, 3, width, times), width, marks.length)).toEqual([]);
      }),
    );
  });

  test('marks in any order give the badges of the same marks sorted by lane and left edge first (fractional edges too)', () => {
    const markArb = fc.record({
      ev: fc.nat(1000),
      lane: fc.nat(3),
      x0: fc.oneof(fc.integer({ min: -100, max: 700 }), fc.double({ min: -50, max: 700, noNaN: true })),
      wide: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(markArb, { maxLength: 300 }), fc.integer({ min: 60, max: 700 }), (ms, width) => {
        const marks = ms.map((m) => at(m.ev, m.x0, m.lane, m.wide));
        // Lane 3 is past the lanes shown: its marks are dropped either way.
        const sorted = [...marks].sort((a, b) => a.lane - b.lane || Math.max(a.x0, 0) - Math.max(b.x0, 0));
        expect(placeBadges(marks, 3, width, times)).toEqual(placeBadges(sorted, 3, width, times));
      }),
      { numRuns: 200 },
    );
  });
});
