import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { datasetText } from './fixture';

describe('the events of a dataset are in time order', () => {
  it('earliest day first, then latest day, then id', () => {
    const ix = buildIndex(parseDatasetRecord(datasetText(), 'afghan-peace-2018-2021/dataset.json'));
    for (let i = 1; i < ix.count; i++) {
      const [a, b] = [ix.event(i - 1), ix.event(i)];
      const order =
        a.date.earliest.localeCompare(b.date.earliest) ||
        a.date.latest.localeCompare(b.date.latest) ||
        a.id.localeCompare(b.id);
      expect(order, `${a.id} before ${b.id}`).toBeLessThan(0);
    }
  });
});
