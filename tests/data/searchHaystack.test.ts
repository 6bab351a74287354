import { describe, expect, test } from 'vitest';
import type { EventIndex } from '../../src/data/model';
import { buildHaystack, searchHaystack } from '../../src/data/searchHaystack';
import { parseQuery } from '../../src/lib/searchMatches';
import { searchForm } from '../../src/lib/searchWords';

/** Just enough of an index for the haystack: a count and each event's search form. */
function texts(list: string[]): EventIndex {
  return { count: list.length, searchText: (i: number) => searchForm(list[i]!) } as unknown as EventIndex;
}

const EVENTS = [
  'doha talks',
  'talks in doha; doha again',
  '',
  'ha',
  'do',
  'prisoners released',
  'doha',
  '5,000 freed',
  'a cease-fire',
];

describe('searchHaystack', () => {
  test.each<[string, number[]]>([
    ['doha', [0, 1, 6]],
    ['talks', [0, 1]],
    ['ha', [3]], // word starts only: "doha" does not hold the word "ha"
    ['do', [0, 1, 4, 6]],
    ['hado', []], // "ha" ends one event and "do" starts the next: never a match across events
    ['talks doha', [0, 1]],
    ['doha talk', [0, 1]],
    ['prisoner release', [5]],
    ['5000', [7]],
    ['500', []],
    ['ceasefire', [8]],
    ['fire', [8]],
    ['zzz', []],
    ['doha zzz', []],
  ])('%j is in events %j', (query, expected) => {
    const index = texts(EVENTS);
    const mask = searchHaystack(buildHaystack(index)!, parseQuery(query), index.count);
    expect([...mask.keys()].filter((i) => mask[i])).toEqual(expected);
  });

  test('building in slices gives the same haystack as building at once', () => {
    const slices = texts(EVENTS);
    const steps: ReturnType<typeof buildHaystack>[] = [];
    for (let k = 0; k < 5; k++) steps.push(buildHaystack(slices, 2));
    expect(steps.map((s) => s !== null)).toEqual([false, false, false, false, true]);
    expect(steps[4]).toEqual(buildHaystack(texts(EVENTS)));
  });
});
