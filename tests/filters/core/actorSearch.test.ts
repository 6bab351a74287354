import { describe, expect, test } from 'vitest';
import { makeActorMatcher, skeleton } from '../../../src/filters/core/actorSearch';
import { fixtureDataset } from '../fixture';

const actors = fixtureDataset().actors;
const find = makeActorMatcher(actors);
const named = (q: string) => {
  const hits = find(q);
  return hits ? [...hits].map(([k, h]) => [actors[k]!.id, h.similar ? `≈ ${h.via}` : h.via]) : null;
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
    [
      'united',
      [
        ['united-states', null],
        ['un', null],
      ],
    ],
    ['Napoleon', []],
    // No spelling matches: fall back to sound-alikes, and say so (≈).
    ['Zabihulah', [['mujahid', '≈ Zabihullah Mujahid']]],
    ['Khaleelzad', [['khalilzad', '≈ Zalmay Khalilzad']]],
    ['zabx', []],
    ['Zbg', []], // too short to guess
  ])('%j', (q, expected) => {
    expect(named(q)).toEqual(expected);
  });
});

describe('actor search matches at word starts', () => {
  const cast = [
    {
      id: 'khalilzad',
      name: 'Zalmay Khalilzad',
      aliases: ['Khalilzad'],
      title: 'US special representative for Afghanistan reconciliation',
    },
    { id: 'ghani', name: 'Ashraf Ghani', aliases: ['Ghani'], title: 'President of Afghanistan' },
    { id: 'qaeda', name: 'al-Qaeda', aliases: [], title: null },
  ] as unknown as typeof actors;
  const match = makeActorMatcher(cast);
  const ids = (q: string) => [...(match(q) ?? new Map()).keys()].map((k) => cast[k]!.id);
  test.each<[string, string[]]>([
    ['ghani', ['ghani']], // not Khalilzad through "Af-ghani-stan"
    ['GHANI', ['ghani']],
    ['afghan', ['khalilzad', 'ghani']],
    ['alzad', []],
    ['khalil', ['khalilzad']],
    ['zalmay khalilzad', ['khalilzad']],
    ['qaeda', ['qaeda']],
    ['al qaeda', ['qaeda']],
    ['alqaeda', ['qaeda']],
    ['aeda', []],
    ['-', []],
  ])('%j finds %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });
});

describe('skeleton', () => {
  test.each([
    ['zabiullah', 'zabihullah'],
    ['mohammad', 'muhammad'],
    ['qatar', 'katar'],
    ['khaleelzad', 'khalilzad'],
  ])('%s sounds like %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  test.each([
    ['taliban', 'pakistan'],
    ['ghani', 'gandhi'],
  ])('%s does not sound like %s', (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });
});
