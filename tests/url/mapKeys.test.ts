import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState';
import { decode, encode } from '../../src/url/codec';

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('the map link keys round-trip', () => {
  test.each<[string, Partial<ViewState>, string]>([
    ['the map shown beside the timeline', { mapShown: true }, 'view=map'],
    ['the map shown beside the list', { mode: 'list', mapShown: true }, 'view=list,map'],
    ['the list without the map', { mode: 'list' }, 'view=list'],
    ['a place filter', { places: ['afghanistan', 'doha'] }, 'places=afghanistan,doha'],
    ['a camera', { mapShown: true, map: { lat: 34.53, lon: 69.17, zoom: 6.5 } }, 'view=map&map=34.53,69.17,6.5'],
    [
      'a camera at city zoom keeps more digits',
      { map: { lat: 25.28545, lon: 51.531, zoom: 12 } },
      'map=25.28545,51.531,12',
    ],
  ])('%s', (_name, over, query) => {
    expect(encode(view(over))).toBe(query);
    expect(decode(query)).toEqual({ view: view(over), problems: [] });
  });

  test('a camera is written rounded, so the address bar stays readable', () => {
    expect(encode(view({ map: { lat: 34.123456789, lon: 69.987654321, zoom: 3.14159 } }))).toBe('map=34.12,69.99,3.14');
  });
});

describe('bad map keys keep what is valid and say what was ignored', () => {
  test.each<[string, string, Partial<ViewState>, RegExp]>([
    [
      'an unknown view part',
      'view=map,globe',
      { mapShown: true },
      /view 'map,globe' is not one of timeline, list, map; using timeline and the map/,
    ],
    ['a camera with two numbers', 'map=34,69', {}, /map view '34,69' is not latitude,longitude,zoom/],
    ['a camera off the world', 'map=95,69,4', {}, /is not latitude,longitude,zoom/],
    ['a zoom too deep', 'map=34,69,40', {}, /zoom 0 to 16/],
    ['words for a camera', 'map=kabul', {}, /fitted to the data/],
    [
      'a bad place id',
      'places=doha,Not%20A%20Place',
      { places: ['doha'] },
      /place filter has an id that is not valid \('Not A Place'\)/,
    ],
  ])('%s', (_name, query, over, message) => {
    const d = decode(query);
    expect(d.view).toEqual(view(over));
    expect(d.problems.join(' ')).toMatch(message);
  });

  test('repeated places keys add up, like actors', () => {
    expect(decode('places=kabul&places=doha').view.places).toEqual(['kabul', 'doha']);
  });
});
