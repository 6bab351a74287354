import { describe, expect, test } from 'vitest';
import {
  buildLanes,
  laneGeometry,
  lanesOfEvent,
  LANE_HEADER,
  ROW_H,
  BADGE_STRIP,
} from '../../../src/timeline/core/lanes';
import { all, makeIndex } from '../fixtures';

const index = makeIndex([
  { day: '2020-01-01', actors: [0, 1], themes: [2] },
  { day: '2020-01-02', actors: [1], themes: [2] },
  { day: '2020-01-03', actors: [], themes: [0] },
  { day: '2020-01-04', actors: [1], themes: [2, 0] },
]);

describe('lane layout', () => {
  test.each([
    // mode, lane labels, lane counts
    ['single', ['All events'], [4]],
    ['actor', ['Actor 1', 'Actor 0', 'No actor named'], [3, 1, 1]],
    ['theme', ['Theme 2', 'Theme 0'], [3, 2]],
  ] as const)('%s mode makes lanes %j, busiest first', (mode, labels, counts) => {
    const set = buildLanes(index, all(index), mode);
    expect(set.lanes.map((l) => l.label)).toEqual(labels);
    expect(set.lanes.map((l) => l.count)).toEqual(counts);
  });

  test('filtered-out events leave no empty lanes', () => {
    const set = buildLanes(index, Uint32Array.of(1, 3), 'actor');
    expect(set.lanes.map((l) => l.label)).toEqual(['Actor 1']);
  });

  test.each([
    ['single', 0, [0]],
    ['actor', 0, [1, 0]],
    ['actor', 2, [2]],
    ['theme', 3, [0, 1]],
  ] as const)('in %s mode event %d is drawn in lanes %j (once per actor or theme)', (mode, ev, lanes) => {
    const set = buildLanes(index, all(index), mode);
    const out = new Int32Array(8);
    const n = lanesOfEvent(index, set, ev, out);
    expect([...out.slice(0, n)]).toEqual(lanes);
  });

  test.each([
    // lanes, view height, expected lane height, expected rows, scrolls
    [1, 600, 600, Math.floor((600 - LANE_HEADER - BADGE_STRIP) / ROW_H), false],
    [4, 600, 150, Math.floor((150 - LANE_HEADER - BADGE_STRIP) / ROW_H), false],
    [40, 600, LANE_HEADER + 2 * ROW_H + BADGE_STRIP, 2, true],
  ])('%d lanes in %d px are %d px tall with %d rows', (lanes, height, laneH, rows, scrolls) => {
    const g = laneGeometry(lanes, height);
    expect(g.laneH).toBe(laneH);
    expect(g.rows).toBe(rows);
    expect(g.total > height).toBe(scrolls);
  });
});
