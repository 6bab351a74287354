import { describe, expect, test } from 'vitest';
import { fitSteps, fitText, LABEL_FONT } from '../../../src/timeline/draw/marks';
import type { PlacedMark } from '../../../src/timeline/core/stacking';
import { fakeMeasurer } from './fakeMeasurer';
import { finish } from '../../../src/lib/steps';
import { makeIndex } from '../fixtures';

const WORDS = ['Talks', 'resume', 'in', 'Doha', 'after', 'attack', 'on', 'convoy', 'near', 'Kandahar', 'envoys', 'say'];
const titles = Array.from({ length: 100 }, (_, k) =>
  Array.from({ length: 4 + (k % 5) }, (_, j) => WORDS[(k * 7 + j * 3) % WORDS.length]).join(' '),
);
const index = makeIndex(titles.map(() => ({ day: '2020-02-29' })));
const placed: PlacedMark[] = titles.map((_, k) => ({
  ev: k,
  lane: 0,
  x0: 0,
  x1: 6,
  labelW: 40,
  titleW: 200,
  wide: false,
  row: k,
  labelRoom: 30 + (k % 9) * 11,
}));

describe('cutting titles ahead of drawing them', () => {
  test('once fitSteps has run, the cuts drawMarks makes measure no text, and each cut is the same', () => {
    const m = fakeMeasurer();
    const style = {
      index,
      title: (i: number) => titles[i]!,
      textWidth: (i: number) => m.measureText(titles[i]!).width,
    };
    const widths = titles.map((_, i) => style.textWidth(i));
    const start = m.calls;
    const steps = fitSteps(m, placed, { ...style, textWidth: (i) => widths[i]! });
    let yields = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(1);
    expect(m.font).toBe(LABEL_FONT);
    const ahead = m.calls - start;
    const before = m.calls;
    const cuts = placed.map((p) => fitText(m, titles[p.ev]!, p.labelRoom, widths[p.ev]!));
    expect(ahead).toBeGreaterThan(0);
    expect(m.calls).toBe(before);
    // Many were cut (so there was something to measure), and a fresh measurer cuts them the same.
    expect(cuts.filter((c, k) => c !== titles[k]).length).toBeGreaterThan(50);
    const fresh = fakeMeasurer();
    fresh.font = LABEL_FONT;
    expect(placed.map((p) => fitText(fresh, titles[p.ev]!, p.labelRoom, widths[p.ev]!))).toEqual(cuts);
    expect(finish(fitSteps(m, [], style))).toBe(true);
  });
});
