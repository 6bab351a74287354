import { describe, expect, test } from 'vitest';
import { filterEvents, searchMask, searchNeedle, setMask, type FilterCriteria } from '../../src/data/filter';
import { fixtureIndex, idsOf } from '../filters/fixture';
import { matchesForm, parseQuery } from '../../src/lib/searchMatches';

const index = fixtureIndex();
const NONE: FilterCriteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' };
const ALL = [
  'war-years',
  'doha-first-meeting',
  'envoy-appointed',
  'prisoner-demand',
  'eid-ceasefire',
  'doha-agreement',
  'kabul-releases',
];

describe('filterEvents', () => {
  test.each<[string, Partial<FilterCriteria>, string[]]>([
    ['no filter shows every event in time order', {}, ALL],
    ['one actor', { actors: ['khalilzad'] }, ['doha-first-meeting', 'envoy-appointed', 'prisoner-demand']],
    [
      'two actors, any: either of them',
      { actors: ['khalilzad', 'taliban'] },
      ['doha-first-meeting', 'envoy-appointed', 'prisoner-demand', 'eid-ceasefire', 'doha-agreement'],
    ],
    [
      'two actors, all: their encounters',
      { actors: ['khalilzad', 'taliban'], actorMode: 'all' },
      ['doha-first-meeting', 'prisoner-demand'],
    ],
    ['three actors, all', { actors: ['khalilzad', 'taliban', 'pakistan'], actorMode: 'all' }, ['prisoner-demand']],
    ['all with one actor is the same as any', { actors: ['mujahid'], actorMode: 'all' }, ['eid-ceasefire']],
    [
      'two themes, any',
      { themes: ['ceasefire', 'prisoners'] },
      ['war-years', 'prisoner-demand', 'eid-ceasefire', 'doha-agreement', 'kabul-releases'],
    ],
    ['two themes, all', { themes: ['ceasefire', 'prisoners'], themeMode: 'all' }, ['doha-agreement']],
    ['actors AND themes', { actors: ['taliban'], themes: ['prisoners'] }, ['prisoner-demand', 'doha-agreement']],
    [
      'actors all AND a theme they never share',
      { actors: ['khalilzad', 'taliban'], actorMode: 'all', themes: ['ceasefire'] },
      [],
    ],
    ['an actor with no events', { actors: ['un'] }, []],
    ['an id the dataset does not know is ignored', { actors: ['nobody'] }, ALL],
    ['search and an actor', { actors: ['taliban'], search: 'prisoners' }, ['prisoner-demand', 'doha-agreement']],
    ['search and a theme', { themes: ['talks'], search: 'doha' }, ['doha-first-meeting', 'doha-agreement']],
  ])('%s', (_name, c, expected) => {
    expect(idsOf(index, filterEvents(index, { ...NONE, ...c }))).toEqual(expected);
  });
});

describe('event search ignores case, accents, curly quotes and surrounding spaces', () => {
  test.each<[string, string[]]>([
    ['doha', ['doha-first-meeting', 'doha-agreement']],
    ['DOHA', ['doha-first-meeting', 'doha-agreement']],
    ['  Doha  ', ['doha-first-meeting', 'doha-agreement']],
    ['zabihullah', ['prisoner-demand']], // the text has "Zabīhullāh"
    ['Zabīhullāh', ['prisoner-demand']],
    ['eid ceasefire', ['eid-ceasefire']], // the title is "ÉID CEASEFIRE"
    ["taliban's prisoners", ['prisoner-demand', 'doha-agreement']], // "taliban's" is the word "talibans", plural of "taliban"
    ['Taliban’s', ['doha-first-meeting', 'prisoner-demand', 'doha-agreement']],
    ['“taliban', ['doha-first-meeting', 'prisoner-demand', 'doha-agreement']], // quotes are ignored
    ['5,000 prisoners', ['doha-agreement']], // evidence text is searched
    ['first direct', ['doha-first-meeting']], // the summary is searched
    ['no such words', []],
    ['   ', ALL],
  ])('%j', (query, expected) => {
    expect(idsOf(index, filterEvents(index, { ...NONE, search: query }))).toEqual(expected);
  });

  test.each<[string, string]>([
    ['  Zabīhullāh  ', 'zabihullah'],
    ['“Quoted”', 'quoted'],
    ['Taliban’s', 'talibans'],
    ['prisoner  RELEASE prisoner', 'prisoner release'],
    ['"" -', ''],
    ['', ''],
  ])('searchNeedle(%j) is %j', (query, folded) => {
    expect(searchNeedle(query)).toBe(folded);
  });

  test('narrowing a search (typing more letters) gives the same answer as searching afresh', () => {
    const typed = ['p', 'pr', 'pri', 'pris', 'priso', 'prisoner', 'prisoners come'];
    for (const q of typed) {
      const incremental = Array.from(searchMask(index, q)!);
      const fresh = Array.from({ length: index.count }, (_, i) =>
        matchesForm(index.searchText(i), parseQuery(q)) ? 1 : 0,
      );
      expect(incremental, q).toEqual(fresh);
    }
    // Widening again after narrowing must not keep the narrow answer.
    expect(Array.from(searchMask(index, 'doha')!).reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('setMask', () => {
  const lists = [Uint32Array.of(0, 2, 4), Uint32Array.of(2, 3), Uint32Array.of()];
  test.each<[number[], 'any' | 'all', number[] | null]>([
    [[], 'any', null],
    [[0], 'any', [1, 0, 1, 0, 1]],
    [[0, 1], 'any', [1, 0, 1, 1, 1]],
    [[0, 1], 'all', [0, 0, 1, 0, 0]],
    [[0, 2], 'all', [0, 0, 0, 0, 0]],
  ])('picked %j (%s)', (picked, mode, expected) => {
    const m = setMask(lists, picked, mode, 5);
    expect(m ? Array.from(m) : null).toEqual(expected);
  });
});
