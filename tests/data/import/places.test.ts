// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { placeColumns } from '../../../src/data/places';
import { filterEvents } from '../../../src/data/filter';
import { acledCsv, open } from './helpers';
import { datasetOf } from '../../fixtures/dataset';

const none = { actors: [], actorMode: 'any' as const, themes: [], themeMode: 'any' as const, search: '' };

describe('imported places reach the index the map draws from', () => {
  test('an ACLED file: each row’s place, with its precision, is in the place column', async () => {
    const { index } = await open(
      acledCsv([
        { event_id_cnty: 'AFG1', event_date: '2020-03-15', location: 'Qadis', geo_precision: '1' },
        { event_id_cnty: 'AFG2', event_date: '2020-03-16', location: 'Qadis', geo_precision: '1' },
        {
          event_id_cnty: 'AFG3',
          event_date: '2020-03-17',
          location: 'Kabul',
          latitude: '34.5281',
          longitude: '69.1723',
          admin1: 'Kabul',
          admin2: 'Kabul',
          geo_precision: '3',
        },
      ]),
      'acled.csv',
    );
    const cols = placeColumns(index);
    // ACLED ids become lower-case slugs.
    const placeOfEvent = (id: string) => cols.places[cols.placeOf[index.indexOf(id.toLowerCase())]!];
    expect(placeOfEvent('AFG1')?.name).toBe('Qadis');
    expect(placeOfEvent('AFG1')).toBe(placeOfEvent('AFG2'));
    expect(placeOfEvent('AFG1')?.precision).toBe('town');
    expect(placeOfEvent('AFG3')?.precision).toBe('province');
    expect(placeOfEvent('AFG3')?.point).toEqual([69.1723, 34.5281]);
    // And the place filter works on it.
    const id = placeOfEvent('AFG1')!.id;
    expect([...filterEvents(index, { ...none, places: [id] })].map((i) => index.event(i).id)).toEqual(['afg1', 'afg2']);
  });

  test('an Envoy dataset file keeps its places and each event’s place', async () => {
    const ds = datasetOf({
      schemaVersion: 2,
      id: 'tiny',
      title: 'Tiny',
      description: 'Two events',
      articles: [],
      themes: [{ id: 't', label: 'T', description: 'T', color: '#00796b' }],
      places: [{ id: 'doha', name: 'Doha', kind: 'town', point: [51.53, 25.29], precision: 'town' }],
      events: ['a', 'b'].map((id, k) => ({
        id,
        date: { earliest: `2020-01-0${k + 1}` },
        location: k === 0 ? 'Doha' : null,
        ...(k === 0 ? { place: 'doha' } : {}),
        sourceNotes: [{ kind: 'summary' as const, text: id }],
      })),
    });
    const { index } = await open(JSON.stringify(ds), 'dataset.json');
    const cols = placeColumns(index);
    expect(cols.places.map((p) => p.id)).toEqual(['doha']);
    expect(cols.placeOf[index.indexOf('a')]).toBe(0);
    expect(cols.placeOf[index.indexOf('b')]).toBe(-1);
  });
});
