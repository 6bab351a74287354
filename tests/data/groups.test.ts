import { describe, expect, test } from 'vitest';
import { groupPositions, groupViews } from '../../src/data/groups';

describe('groupPositions and groupViews', () => {
  // Event 0 has groups 2 and 0, event 1 none, event 2 group 2, event 3 groups 0 and 1.
  const offsets = Uint32Array.from([0, 2, 2, 3, 5]);
  const ids = Uint32Array.from([2, 0, 2, 0, 1]);

  test('each group lists its events in ascending order, and a group nobody is in is empty', () => {
    const views = groupViews(groupPositions(4, offsets, ids, 4));
    expect(views.map((v) => Array.from(v))).toEqual([[0, 3], [3], [0, 2], []]);
  });

  test('the starts and buffer say the same as the views', () => {
    const { starts, buffer } = groupPositions(4, offsets, ids, 4);
    expect(Array.from(starts)).toEqual([0, 2, 3, 5, 5]);
    expect(Array.from(buffer)).toEqual([0, 3, 3, 0, 2]);
  });

  test('no events, no groups', () => {
    expect(groupViews(groupPositions(0, Uint32Array.from([0]), new Uint32Array(0), 0))).toEqual([]);
  });
});
