import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { inStoryOrder, storyOrder } from '../../src/data/storyOrder';
import { generateSynthetic } from '../../src/data/synthetic';
import { stepPosition } from '../../src/reader/step';
import { sortEvents } from '../../src/timeline/list/sortEvents';
import { datasetText } from './fixture';

const index = buildIndex(parseDatasetRecord(datasetText(), 'afghan-peace-2018-2021/dataset.json'));
const all = Uint32Array.from({ length: index.count }, (_, i) => i);
const pos = (id: string) => {
  const i = index.indexOf(id);
  if (i < 0) throw new Error(`no event ${id}`);
  return i;
};

describe('the order events are told in', () => {
  const { order, rank, time } = storyOrder(index);

  test('moves only wide uncertain windows, and is ascending by the time each is told', () => {
    expect(order).toBeDefined();
    for (let k = 1; k < index.count; k++) expect(time[order![k]!]!).toBeGreaterThanOrEqual(time[order![k - 1]!]!);
    for (let k = 0; k < index.count; k++) expect(rank![order![k]!]).toBe(k);
  });

  test.each([
    // A window of 15 months is not news of its first month: it is told by the day it had surely happened.
    [
      '2018-taliban-abandon-talks',
      '2020-01-16-taliban-officials-confirm-offer',
      '2020-02-29-us-taliban-doha-agreement',
    ],
    [
      '2019-2021-us-troops-drop-to-2500',
      '2021-naim-says-remaining-us-troops-will-leave',
      '2021-05-us-withdrawal-deadline',
    ],
    // A span is told from its start; a window of a month or two keeps its earliest day.
    ['2018-pakistan-helps-facilitate-talks', '2018-10-us-taliban-talks-begin', '2019-taliban-spring-offensive'],
    [
      '2019-taliban-reject-week-long-ceasefire',
      '2019-11-khalilzad-proposes-week-long-ceasefire',
      '2019-11-28-trump-visits-bagram',
    ],
  ])('%s comes after %s and before %s', (id, after, before) => {
    expect(rank![pos(id)]!).toBeGreaterThan(rank![pos(after)]!);
    expect(rank![pos(id)]!).toBeLessThan(rank![pos(before)]!);
  });

  test('"Taliban abandon the talks" no longer comes right after "talks begin", in the list or with j/k', () => {
    const listed = Array.from(sortEvents(index, all, 'date', 'ascending'));
    const begin = listed.indexOf(pos('2018-10-us-taliban-talks-begin'));
    expect(listed.slice(begin + 1, begin + 3)).not.toContain(pos('2018-taliban-abandon-talks'));
    const shown = inStoryOrder(index, all);
    let at = pos('2018-10-us-taliban-talks-begin');
    const stepped: number[] = [];
    while (at >= 0) stepped.push((at = stepPosition(shown, at, 1, rank)));
    expect(stepped.indexOf(pos('2018-taliban-abandon-talks'))).toBeGreaterThan(
      stepped.indexOf(pos('2020-01-15-taliban-offer-brief-ceasefire')),
    );
    expect(Array.from(sortEvents(index, all, 'date', 'descending'))).toEqual(listed.slice().reverse());
  });

  test('a filtered subset keeps the same order', () => {
    const some = all.filter((i) => i % 3 === 0);
    expect(Array.from(inStoryOrder(index, some))).toEqual(Array.from(order!).filter((i) => i % 3 === 0));
  });

  test('generated data, with no wide windows, keeps the index order and costs no reordering', () => {
    const synthetic = generateSynthetic(2000, 7);
    const rows = Uint32Array.from({ length: synthetic.count }, (_, i) => i);
    expect(storyOrder(synthetic).order).toBeUndefined();
    expect(inStoryOrder(synthetic, rows)).toBe(rows);
  });
});
