import { describe, expect, test } from 'vitest';
import type { EventIndex } from '../../src/data/model';
import { buildHaystack, searchHaystack } from '../../src/data/searchHaystack';

/** Just enough of an index for the haystack: a count and each event's folded text. */
function texts(list: string[]): EventIndex {
  return { count: list.length, searchText: (i: number) => list[i]! } as unknown as EventIndex;
}

const EVENTS = ['doha talks', 'talks in doha; doha again', '', 'ha', 'do', 'prisoners released', 'doha'];

describe('searchHaystack', () => {
  test.each<[string, number[]]>([
    ['doha', [0, 1, 6]],
    ['talks', [0, 1]],
    ['ha', [0, 1, 3, 6]],
    ['do', [0, 1, 4, 6]],
    ['hado', []], // "ha" ends one event and "do" starts the next: never a match across events
    ['s r', [5]],
    ['prisoners released', [5]],
    ['zzz', []],
  ])('%j is in events %j', (needle, expected) => {
    const index = texts(EVENTS);
    const mask = searchHaystack(buildHaystack(index)!, needle, index.count);
    expect([...mask.keys()].filter((i) => mask[i])).toEqual(expected);
  });

  test('building in slices gives the same haystack as building at once', () => {
    const slices = texts(EVENTS);
    const steps: (ReturnType<typeof buildHaystack>)[] = [];
    for (let k = 0; k < 4; k++) steps.push(buildHaystack(slices, 2));
    expect(steps.map((s) => s !== null)).toEqual([false, false, false, true]);
    expect(steps[3]).toEqual(buildHaystack(texts(EVENTS)));
  });
});
