import { describe, expect, test } from 'vitest';
import { makeActorMatcher } from '../../../src/filters/core/actorSearch';
import { fixtureDataset } from '../fixture';

const actors = fixtureDataset().actors;
const find = makeActorMatcher(actors);
const named = (q: string) => {
  const hits = find(q);
  return hits ? [...hits].map(([k, via]) => [actors[k]!.id, via]) : null;
};

describe('makeActorMatcher', () => {
  test.each<[string, [string, string | null][] | null]>([
    ['', null],
    ['   ', null],
    ['Khalilzad', [['khalilzad', null]]],
    ['zalmay', [['khalilzad', null]]],
    ['ZABIULLAH', [['mujahid', 'Zabiullah Mujahid']]],
    ['Zabīhullāh', [['mujahid', null]]],
    ['zabihullah-mujahid', [['mujahid', null]]], // punctuation and spaces do not matter
    ['zabihullahmujahid', [['mujahid', null]]],
    ['Islamabad', [['pakistan', 'Islamabad']]],
    ['kabul', [['afghan-government', 'Kabul']]],
    ['envoy', [['khalilzad', 'US special envoy']]],
    ['united', [['united-states', null], ['un', null]]],
    ['Napoleon', []],
  ])('%j', (q, expected) => {
    expect(named(q)).toEqual(expected);
  });
});
