import { describe, expect, test } from 'vitest';
import { generateSynthetic } from '../../../src/data/synthetic';
import { normalizeText } from '../../../src/lib/normalize';
import { sortEvents, type SortDir, type SortKey } from '../../../src/timeline/list/sortEvents';
import { smallIndex } from './fixture';

const small = smallIndex();
const all = Uint32Array.from({ length: small.count }, (_, i) => i);
const ids = (rows: Uint32Array) => Array.from(rows, (i) => small.event(i).id);

describe('sortEvents', () => {
  test.each<[SortKey, SortDir, string[]]>([
    ['date', 'ascending', ['may-round', 'talks-open', 'visit-planned', 'truce-offer', 'year-of-talks']],
    ['date', 'descending', ['year-of-talks', 'truce-offer', 'visit-planned', 'talks-open', 'may-round']],
    ['title', 'ascending', ['may-round', 'year-of-talks', 'visit-planned', 'talks-open', 'truce-offer']],
    ['title', 'descending', ['truce-offer', 'talks-open', 'visit-planned', 'year-of-talks', 'may-round']],
    // Ties (one source each) stay in time order in both directions.
    ['sources', 'descending', ['truce-offer', 'talks-open', 'may-round', 'visit-planned', 'year-of-talks']],
    ['sources', 'ascending', ['may-round', 'visit-planned', 'year-of-talks', 'talks-open', 'truce-offer']],
    // By first actor's name, then the second: Taliban; Zabihullah Mujahid; Zalmay Khalilzad; … Pakistan; … Taliban.
    ['actors', 'ascending', ['may-round', 'truce-offer', 'year-of-talks', 'visit-planned', 'talks-open']],
    ['actors', 'descending', ['talks-open', 'visit-planned', 'year-of-talks', 'truce-offer', 'may-round']],
    ['themes', 'ascending', ['may-round', 'talks-open', 'visit-planned', 'truce-offer', 'year-of-talks']],
  ])('by %s, %s', (key, dir, expected) => {
    expect(ids(sortEvents(small, all, key, dir))).toEqual(expected);
  });

  test.each<[SortKey]>([['title'], ['actors'], ['themes'], ['sources'], ['date']])(
    'by %s keeps exactly the given rows',
    (key) => {
      const subset = Uint32Array.from([4, 1, 3].sort((a, b) => a - b));
      expect(Array.from(sortEvents(small, subset, key, 'ascending')).sort()).toEqual(Array.from(subset));
    },
  );

  test.each<[SortDir]>([['ascending'], ['descending']])(
    'by title at 5,000 events matches a plain comparison sort (%s)',
    (dir) => {
      const ix = generateSynthetic(5_000, 9);
      const rows = Uint32Array.from({ length: ix.count }, (_, i) => i).filter((i) => i % 3 !== 0);
      const key = (i: number) => normalizeText(ix.event(i).title);
      const sign = dir === 'ascending' ? 1 : -1;
      const expected = Array.from(rows).sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : a - b));
      expect(Array.from(sortEvents(ix, rows, 'title', dir))).toEqual(expected);
    },
  );
});
