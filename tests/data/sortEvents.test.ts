import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateSynthetic } from '../../src/data/synthetic';
import { normalizeText } from '../../src/lib/normalize';
import { sortEvents, titleRankBuilder, titleRanks, type SortDir, type SortKey } from '../../src/data/sortEvents';

const ix = generateSynthetic(2_000, 4);
const keys = titleRanks(ix);
const rowsOf = (mask: boolean[]) => Uint32Array.from(mask.flatMap((on, i) => (on ? [i] : [])));
const mask = fc.array(fc.boolean(), { minLength: ix.count, maxLength: ix.count });
const dir = fc.constantFrom<SortDir>('ascending', 'descending');

describe('sort keys', () => {
  it('sort any rows by title exactly as a plain comparison of folded titles does', () => {
    const title = (i: number) => normalizeText(ix.event(i).title);
    fc.assert(
      fc.property(mask, dir, (m, d) => {
        const rows = rowsOf(m);
        const sign = d === 'ascending' ? 1 : -1;
        const plain = Array.from(rows).sort((a, b) =>
          title(a) < title(b) ? -sign : title(a) > title(b) ? sign : a - b,
        );
        expect(Array.from(sortEvents(ix, rows, 'title', d, keys))).toEqual(plain);
      }),
      { numRuns: 12 },
    );
  });

  it('give the same order as the sort without keys, for every column', () => {
    fc.assert(
      fc.property(mask, fc.constantFrom<SortKey>('date', 'title', 'actors', 'themes', 'sources'), dir, (m, key, d) => {
        const rows = rowsOf(m);
        expect(Array.from(sortEvents(ix, rows, key, d, keys))).toEqual(Array.from(sortEvents(ix, rows, key, d)));
      }),
      { numRuns: 20 },
    );
  });

  it('built in small steps, with short sorted runs merged, are the same keys', () => {
    const names = Array.from({ length: ix.count }, (_, i) => ix.event(i).title);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5 }), (run, budget) => {
        const step = titleRankBuilder(ix, (i) => names[i]!, run);
        let got = step(budget);
        let calls = 1;
        while (!got) {
          got = step(budget);
          calls++;
        }
        expect(Array.from(got.title)).toEqual(Array.from(keys.title));
        expect(got.titleMax).toBe(keys.titleMax);
        expect(calls).toBeGreaterThan(1);
      }),
      { numRuns: 15 },
    );
  });

  it('rank equal titles equally, accents and case folded', () => {
    const names = ['Talks', 'talks', 'Étape', 'etape', 'Zed'];
    const k = titleRanks({ ...ix, count: names.length }, (i) => names[i]!);
    expect(Array.from(k.title)).toEqual([1, 1, 0, 0, 2]);
    expect(k.titleMax).toBe(3);
  });
});
