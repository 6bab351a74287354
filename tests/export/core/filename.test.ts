import { exportFilename, windowSlug } from '../../../src/export/core/filename';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const base = {
  datasetId: 'afghan-peace-2018-2021',
  actors: [] as string[],
  themes: [] as string[],
  search: '',
  window: null as [number, number] | null,
  ext: 'csv',
};

describe('exportFilename', () => {
  test.each([
    [
      { actors: ['khalilzad', 'taliban'], window: [utc('2019-01-01'), utc('2021-01-01')] },
      'envoy-afghan-peace-actors-khalilzad-taliban-2019-2020.csv',
    ],
    [{}, 'envoy-afghan-peace.csv'],
    [{ ext: 'png', window: [utc('2019-01-01'), utc('2020-01-01')] }, 'envoy-afghan-peace-2019.png'],
    [
      { themes: ['ceasefire'], window: [utc('2019-05-01'), utc('2019-06-01')] },
      'envoy-afghan-peace-themes-ceasefire-2019-05.csv',
    ],
    [{ window: [utc('2019-05-01'), utc('2020-07-01')] }, 'envoy-afghan-peace-2019-05-2020-06.csv'],
    [{ window: [utc('2019-05-04'), utc('2019-06-02')] }, 'envoy-afghan-peace-2019-05-04-2019-06-01.csv'],
    [{ search: 'Prisoner release!', ext: '.json' }, 'envoy-afghan-peace-search-prisoner-release.json'],
    [{ actors: ['a', 'b', 'c', 'd', 'e'] }, 'envoy-afghan-peace-actors-a-b-c-and-2-more.csv'],
    [{ datasetId: 'synthetic-1000000' }, 'envoy-synthetic-1000000.csv'],
    [{ search: 'Ḱhalīlzād' }, 'envoy-afghan-peace-search-khalilzad.csv'],
  ] as const)('%j -> %s', (over, want) => {
    expect(exportFilename({ ...base, ...over } as typeof base)).toBe(want);
  });

  test('a very long name is cut under 120 characters, keeping its extension', () => {
    const name = exportFilename({
      ...base,
      actors: [
        'a-very-long-actor-id-number-one',
        'a-very-long-actor-id-number-two',
        'a-very-long-actor-id-number-three',
      ],
      themes: ['another-long-theme-id'],
      search: 'x'.repeat(40),
    });
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.csv')).toBe(true);
    expect(name).not.toMatch(/-\.csv$/);
  });
});

test.each([
  ['2019-01-01', '2019-01-01T12:00', '2019-01-01'],
  ['2019-03-01', '2019-04-01', '2019-03'],
])('windowSlug %s..%s', (a, b, want) => {
  expect(windowSlug(utc(a), Date.parse(b.length > 10 ? `${b}:00Z` : `${b}T00:00:00Z`))).toBe(want);
});
