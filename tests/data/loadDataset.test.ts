import { describe, expect, test } from 'vitest';
import { checkQuotes } from '../../src/data/checkQuotes';
import { DatasetError } from '../../src/data/DatasetError';
import { parseDataset } from '../../src/data/loadDataset';
import type { DatasetT } from '../../src/data/schema';
import { articleTexts, datasetText } from './fixture';

const FILE = 'afghan-peace-2018-2021/dataset.json';

function errorOf(text: string): DatasetError {
  try {
    parseDataset(text, FILE);
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('expected the dataset to be rejected');
}

function edit(change: (json: DatasetT) => void): string {
  const json = JSON.parse(datasetText()) as DatasetT;
  change(json);
  return JSON.stringify(json);
}

describe('parseDataset', () => {
  test('the committed dataset loads and is indexed by time', () => {
    const index = parseDataset(datasetText(), FILE);
    expect(index.count).toBeGreaterThan(40);
    for (let i = 1; i < index.count; i++) expect(index.start[i]!).toBeGreaterThanOrEqual(index.start[i - 1]!);
  });

  test('truncated JSON says the file is cut off', () => {
    const text = datasetText();
    const err = errorOf(text.slice(0, Math.floor(text.length / 2)));
    expect(err.file).toBe(FILE);
    expect(err.problems).toEqual([
      { record: 'file', field: '', message: expect.stringMatching(/ends too early, as if cut off/) },
    ]);
  });

  test('a stray character names its line and column', () => {
    const err = errorOf('{\n  "id": "x",\n  oops\n}');
    expect(err.problems[0]!.message).toMatch(/line 3, column 3/);
  });

  test('a missing field names the record by position and id, and the field', () => {
    const err = errorOf(edit((j) => Reflect.deleteProperty(j.events[3]!, 'title')));
    const id = JSON.parse(datasetText()).events[3].id;
    expect(err.problems).toEqual([
      { record: `events[3] "${id}"`, field: 'title', message: 'is missing (expected string)' },
    ]);
    expect(err.message).toContain(`${FILE}: events[3] "${id}" › title: is missing`);
  });

  test('a bad nested field names its path', () => {
    const err = errorOf(edit((j) => (j.events[0]!.date.earliest = '2019-02-30')));
    expect(err.problems[0]).toMatchObject({
      record: expect.stringMatching(/^events\[0\] "/),
      field: 'date.earliest',
      message: 'is not a real calendar day',
    });
  });

  test('an unknown actor id is named with the event that uses it', () => {
    const err = errorOf(edit((j) => (j.events[5]!.actors[0]!.actorId = 'zalmay-khalilzadeh')));
    expect(err.problems).toEqual([
      {
        record: expect.stringMatching(/^events\[5\] "/),
        field: 'actors[0].actorId',
        message: 'names actor "zalmay-khalilzadeh", which is not in the actors list',
      },
    ]);
  });

  test('a duplicate id is named at its second use', () => {
    const err = errorOf(edit((j) => (j.actors[2]!.id = j.actors[0]!.id)));
    expect(err.problems).toContainEqual({
      record: 'actors[2] "khalilzad"',
      field: 'id',
      message: 'repeats the id of actors[0]; ids must be unique',
    });
  });

  test('a quote that does not occur in its article is named with its event and evidence index', () => {
    const ds = JSON.parse(
      edit((j) => (j.events[7]!.evidence[0]!.text = 'Khalilzad said the war is over.')),
    ) as DatasetT;
    const problems = checkQuotes(ds, articleTexts(ds));
    expect(problems).toEqual([
      {
        record: `events[7] "${ds.events[7]!.id}"`,
        field: 'evidence[0].text',
        message: expect.stringMatching(/^"Khalilzad said the war is over\." does not occur verbatim in article "/),
      },
    ]);
  });
});
