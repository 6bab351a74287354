import { describe, expect, test } from 'vitest';
import {
  badgeWidth,
  LABEL_GAP,
  MARK_GAP,
  stackMarks,
  type MarkInput,
  type PlacedMark,
} from '../../../src/timeline/core/stacking';

const mark = (ev: number, x0: number, x1: number, labelW = 0, lane = 0, wide = false): MarkInput => ({
  ev,
  lane,
  x0,
  x1,
  labelW,
  wide,
});
const times = (ev: number): [number, number] => [ev * 100, ev * 100 + 50];

/** Every pixel a placed mark and its title cover, per lane and row. */
function extents(p: PlacedMark) {
  const end = p.labelRoom > 0 ? (p.wide ? p.x1 : p.x1 + LABEL_GAP + p.labelRoom) : p.x1;
  return [p.x0, end] as const;
}

describe('stacking', () => {
  test.each([
    // marks, rows, expected rows per mark, badge counts
    ['apart, one row', [mark(0, 0, 10), mark(1, 20, 30), mark(2, 40, 50)], 3, [0, 0, 0], []],
    ['overlapping, stacked', [mark(0, 0, 10), mark(1, 5, 15), mark(2, 8, 18)], 3, [0, 1, 2], []],
    ['too many, one badge', [mark(0, 0, 10), mark(1, 5, 15), mark(2, 8, 18), mark(3, 9, 19)], 2, [0, 1], [2]],
    ['touching within the gap', [mark(0, 0, 10), mark(1, 10 + MARK_GAP - 1, 20)], 2, [0, 1], []],
  ])('%s', (_name, marks, rows, expectedRows, badgeCounts) => {
    const { placed, badges } = stackMarks(marks, 1, rows, times);
    expect(placed.map((p) => p.row)).toEqual(expectedRows);
    expect(badges.map((b) => b.count)).toEqual(badgeCounts);
  });

  test('a title reserves its room, so the next mark goes to another row', () => {
    const { placed } = stackMarks([mark(0, 0, 10, 100), mark(1, 50, 60, 100)], 1, 2, times);
    expect(placed.map((p) => [p.row, p.labelRoom])).toEqual([
      [0, 100],
      [1, 100],
    ]);
  });

  test('when rows run out, a later mark shortens the title before it instead of overlapping it', () => {
    const { placed } = stackMarks([mark(0, 0, 10, 200), mark(1, 120, 130, 50)], 1, 1, times);
    expect(placed).toHaveLength(2);
    expect(placed[0]!.labelRoom).toBe(120 - MARK_GAP - (10 + LABEL_GAP));
  });

  test('a title too short to read is hidden rather than cut to a stub', () => {
    const { placed } = stackMarks([mark(0, 0, 10, 200), mark(1, 30, 40)], 1, 1, times);
    expect(placed[0]!.labelRoom).toBe(0);
  });

  test('a long window gets a row of its own at the bottom instead of hiding in a badge behind short events', () => {
    const { placed, badges } = stackMarks(
      [mark(0, -500, 900, 80, 0, true), mark(1, 100, 110), mark(2, 105, 115)],
      1,
      2,
      times,
    );
    expect(placed.find((p) => p.ev === 0)?.row).toBe(1);
    expect(placed.filter((p) => !p.wide).map((p) => p.row)).toEqual([0]);
    expect(badges.map((b) => b.count)).toEqual([1]);
  });

  test.each([2, 3, 6, 20])('with %i rows, many short events never push one long window into a badge', (rows) => {
    const shorts = Array.from({ length: 200 }, (_, k) => mark(k + 1, k * 2, k * 2 + 10));
    const { placed } = stackMarks([mark(0, -50, 600, 80, 0, true), ...shorts], 1, rows, times);
    expect(placed.some((p) => p.ev === 0)).toBe(true);
  });

  test('wide bars share their own rows when they do not overlap, and take at most a quarter of the rows', () => {
    const wides = [
      mark(0, 0, 400, 0, 0, true),
      mark(1, 450, 900, 0, 0, true),
      mark(2, 100, 800, 0, 0, true),
      mark(3, 50, 850, 0, 0, true),
    ];
    const rowOf = (placed: PlacedMark[], ev: number) => placed.find((p) => p.ev === ev)?.row;
    const eight = stackMarks(wides, 1, 8, times).placed;
    expect([0, 1, 2, 3].map((ev) => rowOf(eight, ev))).toEqual([7, 7, 6, 0]);
    // With four rows, one of their own; the others fill free rows above.
    const four = stackMarks(wides, 1, 4, times).placed;
    expect([0, 1, 2, 3].map((ev) => rowOf(four, ev))).toEqual([3, 3, 0, 1]);
  });

  test('one row only: a wide span takes a row whose marks leave it free', () => {
    const { placed } = stackMarks([mark(0, 0, 10), mark(2, 200, 900, 80, 0, true)], 1, 1, times);
    expect(placed.find((p) => p.ev === 2)!.row).toBe(0);
  });

  test('badges merge neighbours, keep the time range of their events, and never overlap', () => {
    const marks = [mark(0, 0, 10), ...Array.from({ length: 30 }, (_, k) => mark(k + 1, k * 3, k * 3 + 10))];
    const { placed, badges } = stackMarks(marks, 1, 1, times);
    for (let k = 1; k < badges.length; k++)
      expect(badges[k]!.x).toBeGreaterThanOrEqual(badges[k - 1]!.x + badgeWidth(badges[k - 1]!.count));
    expect(placed.length + badges.reduce((s, b) => s + b.count, 0)).toBe(marks.length);
    expect(badges.length).toBeGreaterThan(1);
    expect(badges[0]!.lo).toBe(times(1)[0]);
  });

  test('a badge fits only its short events, so clicking it never zooms out to a long span', () => {
    const { badges } = stackMarks([mark(1, 0, 10), mark(2, -900, 900, 0, 0, true), mark(3, 2, 12)], 1, 1, times);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.count).toBe(2);
    expect([badges[0]!.lo, badges[0]!.hi]).toEqual(times(3));
  });

  // A title reserves 100 px while stacking but is 300 px wide: afterwards it grows into free room in its row.
  const titled = (ev: number, x0: number, x1: number): MarkInput => ({ ...mark(ev, x0, x1, 100), titleW: 300 });
  test.each([
    // name, marks (event 0 is the titled one), rows, expected room for event 0's title
    ['alone in its row: the whole title', [titled(0, 0, 10)], 1, 300],
    ['far neighbour: the whole title', [titled(0, 0, 10), mark(1, 500, 510)], 1, 300],
    ['near neighbour: cut just before it', [titled(0, 0, 10), mark(1, 200, 210)], 1, 200 - MARK_GAP - (10 + LABEL_GAP)],
    [
      'neighbour beyond the reserve, inside the title: cut just before it',
      [titled(0, 0, 10), mark(1, 150, 160)],
      1,
      150 - MARK_GAP - (10 + LABEL_GAP),
    ],
    [
      'neighbour inside the reserve: shortened by stacking, not grown past it',
      [titled(0, 0, 10), mark(1, 80, 90)],
      1,
      80 - MARK_GAP - (10 + LABEL_GAP),
    ],
    ['neighbours in another row: the whole title', [titled(0, 0, 10), mark(1, 5, 15), mark(2, 110, 120)], 2, 300],
    [
      'a wide bar after it in its row: cut before the bar',
      [titled(0, 0, 10), mark(1, 5, 15), mark(2, 250, 900, 50, 0, true)],
      1,
      250 - MARK_GAP - (10 + LABEL_GAP),
    ],
  ])('title room, %s', (_name, marks, rows, room) => {
    const { placed } = stackMarks(marks, 1, rows, times);
    expect(placed.find((p) => p.ev === 0)!.labelRoom).toBe(room);
  });

  test('lanes stack independently', () => {
    const { placed } = stackMarks([mark(0, 0, 10, 0, 0), mark(1, 0, 10, 0, 1)], 2, 1, times);
    expect(placed.map((p) => [p.lane, p.row])).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  test('in a dense random layout no two marks or titles overlap in a row', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const marks = Array.from({ length: 400 }, (_, k) => {
      const x = rnd() * 1000;
      const title = rnd() < 0.7 ? 40 + rnd() * 400 : 0;
      const wide = rnd() < 0.05;
      const m = mark(
        k,
        x,
        x + (wide ? 300 + rnd() * 600 : rnd() < 0.8 ? 10 : rnd() * 300),
        Math.min(title, 120),
        Math.floor(rnd() * 3),
        wide,
      );
      return { ...m, titleW: title };
    }).sort((a, b) => a.x0 - b.x0);
    const { placed } = stackMarks(marks, 3, 6, times);
    const byRow = new Map<string, PlacedMark[]>();
    for (const p of placed) byRow.set(`${p.lane}:${p.row}`, [...(byRow.get(`${p.lane}:${p.row}`) ?? []), p]);
    for (const row of byRow.values()) {
      const spans = row.map(extents).sort((a, b) => a[0] - b[0]);
      for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThanOrEqual(spans[k - 1]![1]);
    }
  });
});
