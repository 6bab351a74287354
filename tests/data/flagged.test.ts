import { describe, expect, test } from 'vitest';
import { indexOf } from '../fixtures/dataset';
import { facetCounts } from '../../src/data/facetCounts';
import { filterEvents, type FilterCriteria } from '../../src/data/filter';
import { flagLabel } from '../../src/data/flagWords';
import { FLAG_CODES } from '../../src/data/model';
import type { FlagT } from '../../src/data/schema';
import { fixtureDataset, idsOf } from '../filters/fixture';

const flag = (kind: FlagT['kind']): FlagT => ({ kind, quote: { articleId: 'a1', text: 'x' }, description: 'Why.' });

/** The filter fixture with two flagged events: one a contradiction, one a typo and unverified. */
function flaggedIndex() {
  const ds = fixtureDataset();
  for (const e of ds.events) {
    if (e.id === 'prisoner-demand') e.flags = [flag('contradiction')];
    if (e.id === 'doha-agreement') e.flags = [flag('typo'), flag('unverified')];
  }
  return indexOf(ds);
}

const index = flaggedIndex();
const NONE: FilterCriteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' };

describe('the flagged filter', () => {
  test('the index keeps each event’s flag kinds as bits', () => {
    const at = (id: string) => index.flags[index.indexOf(id)]!;
    expect(at('prisoner-demand')).toBe(1 << FLAG_CODES.indexOf('contradiction'));
    expect(flagLabel(at('doha-agreement'))).toBe('flagged: typo, unverified');
    expect(at('war-years')).toBe(0);
    expect(flagLabel(0)).toBe('');
  });

  test.each<[string, Partial<FilterCriteria>, string[]]>([
    ['flagged only', { flagged: true }, ['prisoner-demand', 'doha-agreement']],
    ['flagged and an actor', { flagged: true, actors: ['khalilzad'] }, ['prisoner-demand']],
    ['flagged and a search that misses them', { flagged: true, search: 'envoy' }, []],
    ['off: every event', { flagged: false }, idsOf(index, filterEvents(index, NONE))],
  ])('%s', (_name, c, expected) => {
    expect(idsOf(index, filterEvents(index, { ...NONE, ...c }))).toEqual(expected);
  });

  test('counts: flagged events in view under the other filters, by kind; with the filter on, actor and theme counts are of flagged events', () => {
    const off = facetCounts(index, NONE, null);
    expect(off.flagged).toBe(2);
    expect(Object.fromEntries(FLAG_CODES.map((k, j) => [k, off.flagKinds[j]]).filter(([, n]) => n))).toEqual({
      contradiction: 1,
      typo: 1,
      unverified: 1,
    });
    const withActor = facetCounts(index, { ...NONE, actors: ['afghan-government'] }, null);
    expect(withActor.flagged).toBe(0);
    const on = facetCounts(index, { ...NONE, flagged: true }, null);
    expect(on.flagged).toBe(2);
    expect(on.matching).toBe(2);
    expect(on.actors[index.actorIndex.get('taliban')!]).toBe(2);
    expect(on.actors[index.actorIndex.get('khalilzad')!]).toBe(1);
    // The 2020 window holds only the Doha agreement of the two.
    const in2020 = facetCounts(index, NONE, [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]);
    expect(in2020.flagged).toBe(1);
  });
});
