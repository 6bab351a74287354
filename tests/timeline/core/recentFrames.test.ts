import { describe, expect, test } from 'vitest';
import { createDerived } from '../../../src/timeline/core/derived';
import { generateSynthetic } from '../../../src/data/synthetic';
import { all } from '../fixtures';

const D = 86_400_000;
const index = generateSynthetic(20_000, 3);
const rows = all(index);
const labelWidth = () => 80;

function frameAt(derived: ReturnType<typeof createDerived>, from: number, to: number, scrollY = 0) {
  return derived.frame({
    index,
    vis: derived.vis(index, rows),
    lanes: derived.lanes(index, rows, 'single'),
    scale: derived.scale(from, to, 900),
    viewHeight: 500,
    scrollY,
    labelWidth,
    splitByTheme: false,
    selected: -1,
  });
}

describe('recent views of single marks', () => {
  const mid = (index.span[0] + index.span[1]) / 2;
  test('zooming in and back out to the same view (up to rounding) gives back its layout, not a new one', () => {
    const derived = createDerived();
    const a = frameAt(derived, mid, mid + 3 * D);
    expect(a.mode).toBe('marks');
    const b = frameAt(derived, mid + D, mid + 2 * D);
    expect(b).not.toBe(a);
    // d3-zoom's round trip: the same window a rounding away.
    const back = frameAt(derived, mid * (1 + 1e-15), mid + 3 * D + 1e-4);
    expect(back).toBe(a);
  });

  test('a view that differs by a pixel, or the same view scrolled, is laid out afresh', () => {
    const derived = createDerived();
    const a = frameAt(derived, mid, mid + 3 * D);
    const px = (3 * D) / 900;
    expect(frameAt(derived, mid + px, mid + 3 * D + px)).not.toBe(a);
    expect(frameAt(derived, mid, mid + 3 * D, 40)).not.toBe(a);
  });
});
