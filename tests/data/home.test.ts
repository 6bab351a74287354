import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { parseDataset, parseDatasetRecord } from '../../src/data/loadDataset';
import { DatasetError } from '../../src/data/DatasetError';
import { generateSynthetic } from '../../src/data/synthetic';
import { DAY_MS } from '../../src/data/model';
import { datasetText, tinyDataset } from './fixture';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('the home window (where the timeline opens)', () => {
  test.each([
    [
      'a dataset with home opens on it, the last day included',
      { earliest: '2019-05-01', latest: '2019-05-31', note: 'May' },
      [utc('2019-05-01'), utc('2019-06-01')],
    ],
    ['a dataset without home opens on every event', undefined, [utc('2019-05-03'), utc('2019-05-05')]],
  ])('%s', (_, home, expected) => {
    const ds = tinyDataset();
    if (home) ds.home = home;
    expect(buildIndex(ds).home).toEqual(expected);
  });

  test('a home that ends before it starts is refused in words', () => {
    const ds = { ...tinyDataset(), home: { earliest: '2019-06-01', latest: '2019-05-01', note: 'backwards' } };
    expect(() => parseDatasetRecord(JSON.stringify(ds))).toThrow(DatasetError);
  });

  test('generated data opens on every event', () => {
    const ix = generateSynthetic(500, 1);
    expect(ix.home).toEqual(ix.span);
  });

  test('the bundled dataset opens on the 2018–2021 story, with room around its first and last events', () => {
    const ix = parseDataset(datasetText());
    const [from, to] = ix.home;
    expect(from).toBeGreaterThan(ix.span[0]);
    expect(to).toBeLessThanOrEqual(ix.span[1] + 366 * DAY_MS);
    // Every event that starts in or after 2018 is the story: it lies inside home, at least a month from each edge.
    const story = [...ix.start.keys()].filter((i) => ix.start[i]! >= utc('2018-01-01'));
    expect(story.length).toBeGreaterThan(ix.count * 0.9);
    for (const i of story) {
      expect(ix.start[i]! - from, ix.event(i).id).toBeGreaterThanOrEqual(30 * DAY_MS);
      expect(to - ix.end[i]!, ix.event(i).id).toBeGreaterThanOrEqual(30 * DAY_MS);
    }
    expect(ix.raw?.home?.note).toMatch(/1996/);
  });
});
