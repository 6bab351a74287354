import { describe, expect, test } from 'vitest';
import { hitTest, HIT_SLACK, type FrameGeometry } from '../../../src/timeline/core/hitTest';
import type { Badge, PlacedMark } from '../../../src/timeline/core/stacking';

const g: FrameGeometry = { laneH: 100, rowTop: 16, rowH: 20, badgeTop: 82, scrollY: 0 };
const m = (ev: number, lane: number, row: number, x0: number, x1: number): PlacedMark => ({
  ev,
  lane,
  row,
  x0,
  x1,
  labelW: 0,
  labelRoom: 0,
  wide: false,
});
const marks = [m(1, 0, 0, 100, 110), m(2, 0, 1, 100, 300), m(3, 1, 0, 50, 60), m(4, 0, 0, 112, 122)];
const badges: Badge[] = [{ lane: 1, x: 200, count: 12, lo: 0, hi: 1 }];

describe('hit testing', () => {
  test.each([
    // x, y, scrollY, expected event (or badge/null)
    [105, 26, 0, 1],
    [105 - HIT_SLACK, 26, 0, 1],
    [100 - HIT_SLACK - 1, 26, 0, null],
    [200, 46, 0, 2],
    [55, 126, 0, 3],
    [55, 26, 100, 3],
    [117, 26, 0, 4],
    [110, 26, 0, 1],
    [112, 26, 0, 4],
    [205, 190, 0, 'badge'],
    [400, 190, 0, null],
    [105, 5, 0, null],
  ])('at (%d, %d) scrolled %d finds %s', (x, y, scrollY, expected) => {
    const h = hitTest(marks, badges, { ...g, scrollY }, x, y);
    if (expected === null) expect(h).toBeNull();
    else if (expected === 'badge') expect(h?.kind).toBe('badge');
    else expect(h?.kind === 'mark' ? h.mark.ev : null).toBe(expected);
  });
});
