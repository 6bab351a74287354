// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { headerKey, suggestMapping } from '../../../src/data/import/mapped';
import { NO_DATE_COLUMN } from '../../../src/data/import/run';
import type { ColumnMapping } from '../../../src/data/import/types';
import { importText, open } from './helpers';

const SHEET = `When,What happened,Details,Who,Tags,Link,Where,Lat,Lon
2019-05-04,Khalilzad statement,"He said ""all sides"", then left.",Zalmay Khalilzad; Taliban,diplomacy|ceasefire,https://example.org/a,Doha,25.28,51.52
March 2020,Prisoner releases begin,,Afghan government,prisoners,,Kabul,,
2020,Talks stall,,,,,,,
soon,Bad date,,,,,,,
`;

const MAPPING: ColumnMapping = {
  date: 'When',
  title: 'What happened',
  description: 'Details',
  actors: 'Who',
  actorSeparator: ';',
  themes: 'Tags',
  themeSeparator: '|',
  source: 'Link',
  place: 'Where',
  latitude: 'Lat',
  longitude: 'Lon',
};

describe('any other spreadsheet', () => {
  test('asks for a mapping: header, first rows, delimiter and a suggestion', async () => {
    const o = await importText(SHEET, 'events.csv');
    expect(o.kind).toBe('needs-mapping');
    if (o.kind !== 'needs-mapping') return;
    expect(o.header).toEqual(['When', 'What happened', 'Details', 'Who', 'Tags', 'Link', 'Where', 'Lat', 'Lon']);
    expect(o.sample).toHaveLength(4);
    expect(o.sample[0]![2]).toBe('He said "all sides", then left.');
    expect(o.delimiter).toBe(',');
    expect(o.headerKey).toBe(headerKey(o.header));
    expect(o.suggested).toMatchObject({
      date: 'When',
      description: 'Details',
      actors: 'Who',
      actorSeparator: ';',
      themes: 'Tags',
      themeSeparator: '|',
      source: 'Link',
      place: 'Where',
      latitude: 'Lat',
      longitude: 'Lon',
    });
  });

  test.each([
    [['date', 'title', 'actors'], { date: 'date', title: 'title', actors: 'actors', actorSeparator: ';' }],
    [['Start date', 'End date', 'Headline'], { date: 'Start date', endDate: 'End date', title: 'Headline' }],
    [['Fecha', 'Evento'], {}],
  ])('suggests from the column names %j', (header, expected) => {
    expect(suggestMapping(header, [])).toEqual(expected);
  });

  test('suggests a date column from its values when its name says nothing', () => {
    expect(
      suggestMapping(
        ['Fecha', 'Evento'],
        [
          ['15/03/2020', 'x'],
          ['2020-04-01', 'y'],
        ],
      ),
    ).toEqual({ date: 'Fecha' });
  });

  test('imports with the mapping: precision as written, actors and themes split, a link as a citation, other columns kept', async () => {
    const { events, index, skipped, format } = await open(SHEET, 'events.csv', { mapping: MAPPING });
    expect(format).toBe('mapped-csv');
    expect(events.map((e) => [e.title, e.date.earliest, e.date.latest, e.date.precision])).toEqual([
      ['Khalilzad statement', '2019-05-04', '2019-05-04', 'day'],
      ['Talks stall', '2020-01-01', '2020-12-31', 'year'],
      ['Prisoner releases begin', '2020-03-01', '2020-03-31', 'month'],
    ]);
    expect(skipped).toEqual([{ row: 5, column: 'When', message: "'soon' is not a date" }]);
    expect(index.actors.map((a) => a.name)).toEqual(['Zalmay Khalilzad', 'Taliban', 'Afghan government']);
    expect(events[0]!.themes).toEqual(['diplomacy', 'ceasefire']);
    expect(events[0]!.sourceNotes).toEqual([
      { kind: 'citation', text: 'https://example.org/a', url: 'https://example.org/a' },
    ]);
    expect(events[0]!.summary).toBe('He said "all sides", then left.');
    expect(events[1]!.themes).toEqual(['events']);
  });

  test('a mapping that names a column the file lacks is an error in words', async () => {
    const o = await importText(SHEET, 'events.csv', { mapping: { ...MAPPING, date: 'Date' } });
    expect(o).toMatchObject({
      kind: 'error',
      message: 'The mapping names a date column "Date", which is not in this file',
    });
  });

  test('headerKey ignores case and spacing, so a mapping is remembered for the next file with the same columns', () => {
    expect(headerKey([' When', 'WHAT happened'])).toBe(headerKey(['when', 'what happened ']));
    expect(headerKey(['When', 'What'])).not.toBe(headerKey(['What', 'When']));
  });
});

describe('unusable files', () => {
  test.each([
    ['no date column', 'Name,Role\nKhalilzad,envoy\n', 'people.csv', NO_DATE_COLUMN],
    ['empty', '', 'empty.csv', 'empty.csv is empty'],
    ['only blank lines', '\n\n  \n', 'blank.csv', 'blank.csv is empty'],
    [
      'binary',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'photo.png',
      'photo.png is not a text file; Envoy opens CSV, TSV and JSON files, and .zip files holding a dataset.json and its articles/',
    ],
    [
      'prose',
      'Dear colleague\nplease find the data attached\n',
      'letter.txt',
      'letter.txt does not look like a spreadsheet: no commas, semicolons or tabs separate its columns',
    ],
    [
      'JSON of another kind',
      '{"rows": []}',
      'other.json',
      expect.stringMatching(/^other\.json is JSON, but not a dataset Envoy knows/),
    ],
  ])('%s: the message names what is missing', async (_name, content, name, message) => {
    expect(await importText(content, name)).toMatchObject({ kind: 'error', message });
  });
});
