// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { line, open } from './helpers';

const HEADER = [
  'id',
  'relid',
  'year',
  'type_of_violence',
  'conflict_name',
  'dyad_name',
  'side_a',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'best',
  'high',
  'low',
];

function row(over: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    id: '244657',
    relid: 'AFG-2020-1-1',
    year: '2020',
    type_of_violence: '1',
    conflict_name: 'Afghanistan: Government',
    dyad_name: 'Government of Afghanistan - Taleban',
    side_a: 'Government of Afghanistan',
    side_b: 'Taleban',
    number_of_sources: '2',
    source_article: '"Pajhwok Afghan News,2020-03-16,Taliban attack checkpoint in Qadis"',
    source_office: 'Pajhwok Afghan News',
    source_date: '2020-03-16',
    source_headline: 'Taliban attack checkpoint in Qadis',
    where_prec: '2',
    where_coordinates: 'Qadis town',
    where_description: 'Qadis district, Badghis province',
    adm_1: 'Badghis province',
    latitude: '34.8081',
    longitude: '63.4347',
    country: 'Afghanistan',
    date_prec: '1',
    date_start: '2020-03-15 00:00:00.000',
    date_end: '2020-03-15 00:00:00.000',
    deaths_a: '3',
    deaths_b: '2',
    deaths_civilians: '0',
    best: '5',
    high: '7',
    low: '5',
  };
  return HEADER.map((h) => over[h] ?? base[h]!);
}
const csv = (rows: Partial<Record<string, string>>[]) => [line(HEADER), ...rows.map((r) => line(row(r)))].join('\n');

describe('UCDP GED import', () => {
  test.each([
    ['1', '2020-03-15', '2020-03-15', 'day', false],
    ['2', '2020-03-14', '2020-03-18', 'week', true],
    ['3', '2020-03-09', '2020-03-15', 'week', true],
    ['4', '2020-03-01', '2020-03-31', 'month', true],
    ['5', '2020-01-01', '2020-12-31', 'year', true],
  ])(
    'date_prec %s, %s to %s, keeps the dates as given (%s, approximate %s)',
    async (prec, start, end, precision, approximate) => {
      const { events, format } = await open(csv([{ date_prec: prec, date_start: start, date_end: end }]), 'ged.csv');
      expect(format).toBe('ucdp-csv');
      expect(events[0]!.date).toMatchObject({ earliest: start, latest: end, precision, approximate });
      expect(events[0]!.extra).toMatchObject({ date_prec: prec });
    },
  );

  test.each([
    [
      '1',
      'state-based-conflict',
      'State-based conflict: Government of Afghanistan vs Taleban in Qadis district, Badghis province',
    ],
    [
      '2',
      'non-state-conflict',
      'Non-state conflict: Government of Afghanistan vs Taleban in Qadis district, Badghis province',
    ],
    [
      '3',
      'one-sided-violence',
      'One-sided violence: Government of Afghanistan against Taleban in Qadis district, Badghis province',
    ],
  ])('type_of_violence %s is the theme %s', async (code, theme, title) => {
    const { events } = await open(csv([{ type_of_violence: code }]), 'ged.csv');
    expect(events[0]!.themes).toEqual([theme]);
    expect(events[0]!.title).toBe(title);
  });

  test('sides are actors, sources are citations, deaths are kept, where_prec sets the place precision', async () => {
    const { events, index, dataset } = await open(csv([{}]), 'ged.csv');
    const e = events[0]!;
    expect(e.id).toBe('244657');
    expect(index.actors.map((a) => [a.id, a.type])).toEqual([
      ['government-of-afghanistan', 'state'],
      ['taleban', 'armed-group'],
    ]);
    expect(e.sourceNotes).toEqual([
      { kind: 'citation', text: 'Taliban attack checkpoint in Qadis', source: 'Pajhwok Afghan News' },
      { kind: 'citation', text: '"Pajhwok Afghan News,2020-03-16,Taliban attack checkpoint in Qadis"' },
    ]);
    expect(e.evidence).toEqual([]);
    expect(e.extra).toMatchObject({ best: '5', low: '5', high: '7' });
    expect(e.summary).toBe('Afghanistan: Government: best estimate 5 deaths (low 5, high 7).');
    expect(dataset!.places![0]).toMatchObject({ name: 'Qadis town', precision: 'town', point: [63.4347, 34.8081] });
  });

  test('bad rows are skipped in words', async () => {
    const { skipped, index } = await open(
      csv([{}, { id: '2', date_start: 'soon' }, { id: '3', date_start: '2020-03-15', date_end: '2020-03-01' }]),
      'ged.csv',
    );
    expect(index.count).toBe(1);
    expect(skipped).toEqual([
      { row: 3, column: 'date_start', message: "'soon' is not a date" },
      { row: 4, column: 'date_end', message: "'2020-03-01' is before date_start '2020-03-15'" },
    ]);
  });
});
