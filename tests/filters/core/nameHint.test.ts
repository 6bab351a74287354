import { describe, expect, test } from 'vitest';
import { makeNameHinter } from '../../../src/filters/core/nameHint';
import { fixtureDataset, fixtureIndex } from '../fixture';

const actors = fixtureDataset().actors;
const index = fixtureIndex();
const realCounts = (p: number) => index.eventsByActor[p]?.length ?? 0;

/** The hint as [noEvents, similar, actor ids], or null, for readable rows. */
function hintFor(query: string, found: number, eventsOf: (p: number) => number = realCounts) {
  const hint = makeNameHinter(actors, eventsOf)(query, found);
  return hint && [hint.noEvents, hint.similar, hint.actors.map((p) => actors[p]!.id)];
}

describe('makeNameHinter', () => {
  test.each<[string, number, ReturnType<typeof hintFor>]>([
    // A sound-alike of a name no article spells that way: hinted whether or not the text search finds something.
    ['Zalmai', 0, [true, true, ['khalilzad']]],
    ['zalmai', 2, [false, true, ['khalilzad']]],
    ['Khaleelzad', 0, [true, true, ['khalilzad']]],
    // An alias that no event's text contains: hinted only when the search finds nothing.
    ['Zabiullah', 0, [true, false, ['mujahid']]],
    ['Islamabad', 0, [true, false, ['pakistan']]],
    ['  Islamic Emirate ', 0, [true, false, ['taliban']]],
    ['Islamabad', 1, null],
    ['Taliban spokesman', 0, [true, false, ['mujahid']]], // a title is a name too
    ['Emirate', 0, [true, false, ['taliban']]], // one whole word of an alias
    // Part of a word is not a name: the actor finder lists Khalilzad for "Zalm", the hint does not.
    ['Zalm', 0, null],
    ['ilzad', 0, null],
    ['Khaleel', 0, null], // sounds like the start of "Khalilzad", not a whole word
    // The words are in the text: the search already finds them, no hint.
    ['Khalilzad', 3, null],
    ['Kabul', 1, null],
    // Too short to be sure it is a name, nothing like an actor, or empty.
    ['UN', 0, null],
    ['Zbg', 0, null],
    ['Napoleon', 0, null],
    ['   ', 0, null],
  ])('%j with %i events found', (query, found, expected) => {
    expect(hintFor(query, found)).toEqual(expected);
  });

  test('the query is trimmed for display', () => {
    expect(makeNameHinter(actors, realCounts)('  Zalmai ', 0)?.query).toBe('Zalmai');
  });

  test('actors without events are never offered', () => {
    expect(hintFor('Zalmai', 0, () => 0)).toBeNull();
    // "united" names both the United States and the United Nations; the UN has no event in the fixture.
    expect(hintFor('united', 0)).toEqual([true, false, ['united-states']]);
  });

  test('the actor with more events comes first, and at most two are offered', () => {
    const un = actors.findIndex((a) => a.id === 'un');
    expect(hintFor('united', 0, (p) => (p === un ? 9 : 1))).toEqual([true, false, ['un', 'united-states']]);
    // "Zabiullah" matches one alias; with every actor given events, still only the matching ones are offered.
    expect(hintFor('Zabiullah', 0, () => 5)).toEqual([true, false, ['mujahid']]);
  });

  test('small words that sound like a word of a title ("four", "for") are not taken for names', () => {
    const envoy = { ...actors[0]!, title: 'Envoy for peace', aliases: [] };
    const hint = makeNameHinter([envoy], () => 1);
    expect(hint('four', 1)).toBeNull();
    expect(hint('Zalmai', 1)?.similar).toBe(true);
  });
});
