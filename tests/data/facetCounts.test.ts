import { describe, expect, test } from 'vitest';
import { facetCounts } from '../../src/data/facetCounts';
import type { FilterCriteria } from '../../src/data/filter';
import { dayToMs } from '../../src/lib/days';
import { fixtureIndex } from '../filters/fixture';
import { generateSynthetic } from '../../src/data/synthetic';
import type { EventIndex } from '../../src/data/model';

const index = fixtureIndex();
const NONE: FilterCriteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' };

/** Counts keyed by id, leaving out zeros, so each table row reads like the panel. */
function named(counts: Uint32Array, ids: string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id, k) => [id, counts[k]!]).filter(([, n]) => n !== 0));
}
const actorIds = index.actors.map((a) => a.id);
const themeIds = index.themes.map((t) => t.id);

type Row = [
  string,
  Partial<FilterCriteria>,
  [string, string] | null,
  Record<string, number>,
  Record<string, number>,
  number,
  number,
];

describe('facetCounts', () => {
  test.each<Row>([
    [
      'no filter, whole dataset',
      {},
      null,
      { khalilzad: 3, mujahid: 1, 'united-states': 3, pakistan: 1, 'afghan-government': 1, taliban: 4 },
      { talks: 4, ceasefire: 3, prisoners: 3 },
      7,
      7,
    ],
    [
      'any: actor counts ignore the actor selection, theme counts honour it',
      { actors: ['khalilzad'] },
      null,
      { khalilzad: 3, mujahid: 1, 'united-states': 3, pakistan: 1, 'afghan-government': 1, taliban: 4 },
      { talks: 3, prisoners: 1 },
      3,
      7,
    ],
    [
      'all: each actor count is what ticking it would show',
      { actors: ['khalilzad'], actorMode: 'all' },
      null,
      { khalilzad: 3, 'united-states': 1, pakistan: 1, taliban: 2 },
      { talks: 3, prisoners: 1 },
      3,
      7,
    ],
    [
      'all with two actors: only their encounters count',
      { actors: ['khalilzad', 'taliban'], actorMode: 'all' },
      null,
      { khalilzad: 2, pakistan: 1, taliban: 2 },
      { talks: 2, prisoners: 1 },
      2,
      7,
    ],
    [
      'a theme narrows the actor counts',
      { themes: ['ceasefire'] },
      null,
      { mujahid: 1, 'united-states': 2, taliban: 2 },
      { talks: 4, ceasefire: 3, prisoners: 3 },
      3,
      7,
    ],
    [
      'themes all',
      { themes: ['ceasefire'], themeMode: 'all' },
      null,
      { mujahid: 1, 'united-states': 2, taliban: 2 },
      { talks: 1, ceasefire: 3, prisoners: 1 },
      3,
      7,
    ],
    [
      'search narrows both',
      { search: 'Prisoners' },
      null,
      { khalilzad: 1, 'united-states': 1, pakistan: 1, 'afghan-government': 1, taliban: 2 },
      { talks: 2, ceasefire: 1, prisoners: 3 },
      3,
      7,
    ],
    [
      'the window keeps events that overlap it, including a 20-year span',
      {},
      ['2019-01-01', '2020-03-01'],
      { khalilzad: 1, mujahid: 1, 'united-states': 2, pakistan: 1, taliban: 3 },
      { talks: 2, ceasefire: 3, prisoners: 2 },
      4,
      4,
    ],
    [
      'a one-day window inside a three-day event',
      {},
      ['2019-06-02', '2019-06-03'],
      { mujahid: 1, 'united-states': 1, taliban: 1 },
      { ceasefire: 2 },
      2,
      2,
    ],
    [
      'the window is half-open: an event on the "to" day is out',
      {},
      ['2020-03-01', '2020-03-10'],
      { 'united-states': 1 },
      { ceasefire: 1 },
      1,
      1,
    ],
    [
      'window and filters together',
      { actors: ['taliban'] },
      ['2019-01-01', '2020-03-01'],
      { khalilzad: 1, mujahid: 1, 'united-states': 2, pakistan: 1, taliban: 3 },
      { talks: 2, ceasefire: 2, prisoners: 2 },
      3,
      4,
    ],
  ])('%s', (_name, c, days, actors, themes, matching, inView) => {
    const window = days ? ([dayToMs(days[0]), dayToMs(days[1])] as [number, number]) : null;
    const r = facetCounts(index, { ...NONE, ...c }, window);
    expect(named(r.actors, actorIds)).toEqual(actors);
    expect(named(r.themes, themeIds)).toEqual(themes);
    expect(r.matching).toBe(matching);
    expect(r.inView).toBe(inView);
  });
});

describe('facetCounts when nothing is picked and everything is in view (how a dataset opens)', () => {
  /** The definition, event by event. */
  function plain(ix: EventIndex) {
    const actors = new Array<number>(ix.actors.length).fill(0);
    const themes = new Array<number>(ix.themes.length).fill(0);
    let flagged = 0;
    for (let i = 0; i < ix.count; i++) {
      for (let j = ix.actorOffsets[i]!; j < ix.actorOffsets[i + 1]!; j++) actors[ix.actorIds[j]!]!++;
      for (let j = ix.themeOffsets[i]!; j < ix.themeOffsets[i + 1]!; j++) themes[ix.themeIds[j]!]!++;
      if (ix.flags[i]) flagged++;
    }
    return { actors, themes, flagged, matching: ix.count, inView: ix.count };
  }
  const plainOf = (ix: EventIndex, w: [number, number] | null) => {
    const c = facetCounts(ix, NONE, w);
    return {
      actors: Array.from(c.actors),
      themes: Array.from(c.themes),
      flagged: c.flagged,
      matching: c.matching,
      inView: c.inView,
    };
  };

  test.each<[string, () => EventIndex]>([
    ['the filter fixture', () => index],
    ['generated events', () => generateSynthetic(4000, 3)],
  ])('counts each actor and theme as a pass over the events would: %s', (_, make) => {
    const ix = make();
    expect(plainOf(ix, null)).toEqual(plain(ix));
    expect(plainOf(ix, [ix.span[0] - 1, ix.span[1] + 1])).toEqual(plain(ix));
    expect(plain(ix).flagged + plain(ix).actors.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
