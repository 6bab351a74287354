import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { filterEvents, type FilterCriteria } from '../../src/data/filter';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { datasetText } from './fixture';

// The searches the issue found wanting, on the bundled dataset: each must find what a reader expects.
const index = buildIndex(parseDatasetRecord(datasetText(), 'dataset.json'));
const NONE: FilterCriteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' };
const found = (search: string) => Array.from(filterEvents(index, { ...NONE, search }), (i) => index.event(i).id);

describe('searching the bundled dataset', () => {
  test.each(['prisoner release', 'Khalilzad Taliban meet', '"ceasefire"', 'cease-fire', '5000', '5,000', 'prisoners'])(
    '%j finds events',
    (q) => {
      expect(found(q).length).toBeGreaterThan(0);
    },
  );

  test.each([
    ['"ceasefire"', 'ceasefire'],
    ['cease-fire', 'ceasefire'],
    ['5000', '5,000'],
    ['prisoners', 'prisoner'],
    ['Taliban Khalilzad', 'khalilzad taliban'],
  ])('%j finds what %j finds', (a, b) => {
    expect(found(a)).toEqual(found(b));
  });
});
