// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importText, open } from './helpers';
import { validateDataset } from '../../../src/data/validate';
import { Dataset } from '../../../src/data/schema';

const sample = (name: string) => readFileSync(resolve(process.cwd(), 'public/samples', name), 'utf8');

describe('the sample files in public/samples', () => {
  test.each([
    ['acled-sample.csv', 'acled-csv', 8],
    ['ucdp-ged-sample.csv', 'ucdp-csv', 4],
  ])('%s opens as %s, every row an event, a valid dataset', async (name, format, count) => {
    const o = await open(sample(name), name);
    expect(o).toMatchObject({ format, skipped: [], warnings: [] });
    expect(o.index.count).toBe(count);
    // What the importer builds passes the same schema and cross-checks as a dataset written by hand.
    expect(validateDataset(Dataset.parse(o.dataset))).toEqual([]);
  });

  test('the spreadsheet sample asks for a mapping, and opens with the suggested one', async () => {
    const first = await importText(sample('events-spreadsheet.csv'), 'events-spreadsheet.csv');
    expect(first.kind).toBe('needs-mapping');
    if (first.kind !== 'needs-mapping') return;
    expect(first.suggested).toMatchObject({
      date: 'Date',
      endDate: 'End date',
      title: 'Event',
      description: 'Description',
      actors: 'Who',
      themes: 'Category',
      source: 'Source',
      place: 'Place',
    });
    const o = await open(sample('events-spreadsheet.csv'), 'events-spreadsheet.csv', {
      mapping: { ...first.suggested, date: 'Date', title: 'Event' },
    });
    expect(o.index.count).toBe(5);
    expect(validateDataset(Dataset.parse(o.dataset))).toEqual([]);
    expect(o.events.map((e) => e.date.precision)).toEqual(['month', 'day', 'year', 'span', 'day']);
  });
});
