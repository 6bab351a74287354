import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, byCodeUnit } from '../../src/data/buildIndex';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { datasetText } from './fixture';

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/);
const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sign = (n: number) => Math.sign(n);

describe('the events of a dataset are in time order', () => {
  it('ordered by code unit exactly as localeCompare orders days and slugs', () => {
    fc.assert(fc.property(slug, slug, (a, b) => sign(byCodeUnit(a, b)) === sign(a.localeCompare(b))));
    fc.assert(fc.property(day, day, (a, b) => sign(byCodeUnit(a, b)) === sign(a.localeCompare(b))));
  });

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
