import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { filterEvents, type FilterCriteria } from '../../src/data/filter';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { placeCounts } from '../../src/data/placeCounts';
import { placeColumns } from '../../src/data/places';
import { containmentLoops, validatePlaces } from '../../src/data/validatePlaces';
import { generateSynthetic } from '../../src/data/synthetic';
import { placeEvents } from '../tools/placeBundledEvents.mjs';
import { datasetText, tinyDataset } from './fixture';

const ds = parseDatasetRecord(datasetText(), 'afghan-peace-2018-2021/dataset.json');
const index = buildIndex(ds);
const none: FilterCriteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' };
const ids = (positions: Uint32Array) => [...positions].map((i) => index.event(i).id);
const placeOfId = (id: string) => ds.events.find((e) => e.id === id)?.place;

describe('the bundled dataset’s places', () => {
  test('every place reference resolves and containment has no loops', () => {
    expect(validatePlaces(ds)).toEqual([]);
    expect(ds.places!.length).toBeGreaterThanOrEqual(12);
  });

  test('the places the articles name are there, with containment recorded', () => {
    const within = Object.fromEntries(ds.places!.map((p) => [p.id, p.within]));
    expect(within).toMatchObject({
      qadis: 'badghis',
      badghis: 'afghanistan',
      kabul: 'afghanistan',
      'bagram-airfield': 'afghanistan',
      doha: 'qatar',
      islamabad: 'pakistan',
      germany: null,
    });
    for (const p of ds.places!) expect(p.source, p.id).toMatch(/GeoNames/);
  });

  test('an event has a place only when its own location names one', () => {
    for (const e of ds.events) expect(e.place === undefined, e.id).toBe(e.location === null);
    expect(placeOfId('2020-02-29-us-taliban-doha-agreement')).toBe('doha');
    expect(placeOfId('2019-taliban-storm-badghis-checkpoints')).toBe('qadis');
  });

  test('the placing script is re-runnable: on the committed file it changes nothing', () => {
    expect(placeEvents(datasetText())).toBe(datasetText());
  });
});

describe('the place filter', () => {
  test.each<[string, string[], (id: string | undefined) => boolean]>([
    [
      'Afghanistan includes the places within it (Qadis, Kabul, Bagram)',
      ['afghanistan'],
      (p) => ['afghanistan', 'kabul', 'bagram-airfield', 'badghis', 'qadis', 'kunar', 'kandahar'].includes(p ?? ''),
    ],
    ['Badghis includes Qadis district', ['badghis'], (p) => p === 'qadis' || p === 'badghis'],
    ['Doha alone', ['doha'], (p) => p === 'doha'],
    ['Qatar includes Doha', ['qatar'], (p) => p === 'qatar' || p === 'doha'],
    ['two places add up', ['kabul', 'germany'], (p) => p === 'kabul' || p === 'germany'],
    ['an unknown place matches nothing', ['atlantis'], () => false],
  ])('%s', (_name, places, expected) => {
    const got = ids(filterEvents(index, { ...none, places }));
    const want = ds.events
      .filter((e) => expected(e.place))
      .map((e) => e.id)
      .sort();
    expect(got.sort()).toEqual(want);
    expect(got.length).toBe(want.length);
  });

  test('events with no place never pass a place filter, and no filter keeps them', () => {
    const unplaced = ds.events.filter((e) => !e.place).length;
    expect(unplaced).toBeGreaterThan(0);
    expect(filterEvents(index, { ...none, places: [] }).length).toBe(ds.events.length);
  });

  test('combines with the other filters (AND)', () => {
    const got = ids(filterEvents(index, { ...none, places: ['afghanistan'], themes: ['attacks-casualties'] }));
    expect(got.length).toBeGreaterThan(0);
    for (const id of got) {
      const e = ds.events.find((x) => x.id === id)!;
      expect(e.themes).toContain('attacks-casualties');
      expect(e.place).not.toBe('doha');
    }
  });
});

describe('place counts', () => {
  test('each count includes the places within it, and ignores the place filter itself', () => {
    const cols = placeColumns(index);
    const counts = placeCounts(index, { ...none, places: ['doha'] }, null);
    const at = (id: string) => counts[cols.placeIndex.get(id)!]!;
    const own = (id: string) => ds.events.filter((e) => e.place === id).length;
    expect(at('qadis')).toBe(own('qadis'));
    expect(at('badghis')).toBe(own('badghis') + own('qadis'));
    expect(at('qatar')).toBe(own('qatar') + own('doha'));
    expect(at('afghanistan')).toBe(
      ['afghanistan', 'kabul', 'bagram-airfield', 'badghis', 'qadis', 'kunar', 'kandahar'].reduce(
        (s, p) => s + own(p),
        0,
      ),
    );
    expect(at('islamabad')).toBe(0);
  });

  test('only events in the window count', () => {
    const cols = placeColumns(index);
    const may2019: [number, number] = [Date.UTC(2019, 4, 1), Date.UTC(2019, 5, 1)];
    const counts = placeCounts(index, none, may2019);
    const dohaInMay = ds.events.filter(
      (e) => e.place === 'doha' && e.date.earliest < '2019-06-01' && e.date.latest >= '2019-05-01',
    ).length;
    expect(counts[cols.placeIndex.get('doha')!]).toBe(dohaInMay);
  });
});

describe('validating places', () => {
  test.each<[string, (d: ReturnType<typeof tinyDataset>) => void, RegExp]>([
    [
      'an event naming an unknown place',
      (d) => (d.events[0]!.place = 'nowhere'),
      /names place "nowhere", which is not in the places list/,
    ],
    [
      'within an unknown place',
      (d) => (d.places = [{ id: 'a', name: 'A', kind: 'town', point: [1, 1], precision: 'town', within: 'b' }]),
      /names place "b"/,
    ],
    [
      'a place within itself',
      (d) => (d.places = [{ id: 'a', name: 'A', kind: 'town', point: [1, 1], precision: 'town', within: 'a' }]),
      /cannot lie within itself/,
    ],
    [
      'a repeated id',
      (d) =>
        (d.places = [
          { id: 'a', name: 'A', kind: 'town', point: [1, 1], precision: 'town' },
          { id: 'a', name: 'A2', kind: 'town', point: [1, 1], precision: 'town' },
        ]),
      /repeats the id/,
    ],
  ])('%s', (_name, breakIt, message) => {
    const d = tinyDataset();
    breakIt(d);
    expect(
      validatePlaces(d)
        .map((p) => p.message)
        .join(' '),
    ).toMatch(message);
  });

  test('a containment loop is found, however long', () => {
    const loop = containmentLoops([
      { id: 'a', within: 'b' },
      { id: 'b', within: 'c' },
      { id: 'c', within: 'a' },
      { id: 'd', within: 'a' },
    ]);
    expect(loop.map((p) => p.record)).toEqual(['places[0] "a"', 'places[1] "b"', 'places[2] "c"']);
  });
});

describe('synthetic places', () => {
  test('every synthetic event points at a real place or none, at a mix of precisions', () => {
    const syn = generateSynthetic(5000, 3);
    const cols = placeColumns(syn);
    const byPrecision = new Map<string, number>();
    for (let i = 0; i < syn.count; i++) {
      const k = cols.placeOf[i]!;
      expect(k).toBeLessThan(cols.places.length);
      const key = k < 0 ? 'none' : cols.places[k]!.precision;
      byPrecision.set(key, (byPrecision.get(key) ?? 0) + 1);
    }
    for (const key of ['exact', 'town', 'province', 'country', 'none'])
      expect(byPrecision.get(key) ?? 0, key).toBeGreaterThan(0);
    expect(containmentLoops(cols.places)).toEqual([]);
  });

  test('the events at each place are exactly those placed there, in time order (built when first asked for)', () => {
    const syn = generateSynthetic(5000, 4);
    const cols = placeColumns(syn);
    const want = cols.places.map(() => [] as number[]);
    for (let i = 0; i < syn.count; i++) if (cols.placeOf[i]! >= 0) want[cols.placeOf[i]!]!.push(i);
    expect(cols.eventsByPlace.map((list) => [...list])).toEqual(want);
    // Asked for again, the same lists: built once.
    expect(placeColumns(syn).eventsByPlace).toBe(cols.eventsByPlace);
  });
});
