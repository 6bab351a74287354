import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, countBits, matchesOf, searchIndexMask } from '../../src/data/searchIndex';
import { matchesForm, parseQuery } from '../../src/lib/searchMatches';
import { searchForm } from '../../src/lib/searchWords';
import { generateSynthetic } from '../../src/data/synthetic';

const scan = (forms: string[], query: string) => forms.map((f) => (matchesForm(f, parseQuery(query)) ? 1 : 0));
const viaIndex = (forms: string[], query: string) =>
  Array.from(
    searchIndexMask(
      buildSearchIndex(forms.length, (i) => forms[i]!),
      parseQuery(query),
    ),
  );

// Words that exercise the matcher's rules: plurals, hyphens, apostrophes, accents, curly quotes, number separators.
const WORDS = [
  'talks',
  'talk',
  'party',
  'parties',
  'cease-fire',
  'ceasefire',
  'fire',
  'U.S.',
  'us',
  'Taliban’s',
  'taliban',
  'Zabīhullāh',
  'ZABIHULLAH',
  '5,000',
  '500',
  '50',
  '1.5',
  'pushes',
  'push',
  'bus',
  'prisoners',
  'prisoner',
  'Doha',
  '“Doha”',
  'x',
  'a',
];
const text = fc.array(fc.constantFrom(...WORDS, ' ', ', ', '-', '\n'), { maxLength: 14 }).map((p) => p.join(' '));
const query = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  // Prefixes of words, cut anywhere.
  fc.tuple(fc.constantFrom(...WORDS), fc.nat(12)).map(([w, k]) => w.slice(0, Math.max(1, k))),
  fc.string({ maxLength: 6 }),
);

describe('search index', () => {
  it('finds exactly what a full scan with the matcher finds, for random texts and queries', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        (texts, queries) => {
          const forms = texts.map(searchForm);
          for (const q of queries) expect(viaIndex(forms, q)).toEqual(scan(forms, q));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds exactly what a full scan finds on generated events, common words (bitsets) and rare ones alike', () => {
    const ix = generateSynthetic(3000, 5);
    const forms = Array.from({ length: ix.count }, (_, i) => ix.searchText(i));
    const built = buildSearchIndex(forms.length, (i) => forms[i]!);
    expect(built.bits.some(Boolean)).toBe(true);
    expect(built.postStart[built.tokens.length]).toBeGreaterThan(0);
    const vocab = built.tokens;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...vocab), fc.nat(10)), { minLength: 1, maxLength: 3 }),
        (parts) => {
          const q = parts.map(([w, k]) => w.slice(0, 1 + (k % w.length))).join(' ');
          const got = searchIndexMask(built, parseQuery(q));
          const want = scan(forms, q);
          expect(Array.from(got)).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds what the matcher finds in forms that are not search forms (an imported row: cells on lines, words after spaces)', () => {
    const raw = fc
      .array(
        fc.tuple(
          fc.constantFrom(' ', '\n', '  ', ''),
          fc.constantFrom('taliban', 'battles', 'afg9001', '2020', 'qadis', 'x'),
        ),
        { maxLength: 10 },
      )
      .map((p) => p.flat().join(''));
    const q = fc.constantFrom('taliban', 'tal', 'battles', 'afg9', '2020', '202', 'qadis', 'x');
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 30 }), fc.array(q, { minLength: 1, maxLength: 3 }), (forms, queries) => {
        for (const query of queries) expect(viaIndex(forms, query)).toEqual(scan(forms, query));
      }),
      { numRuns: 300 },
    );
  });

  it('matches nothing for a query without words, and a plural finds its singular', () => {
    const forms = ['Prisoners freed', 'a prisoner', 'talks'].map(searchForm);
    expect(viaIndex(forms, '  “ ')).toEqual([0, 0, 0]);
    expect(viaIndex(forms, 'prisoners')).toEqual([1, 1, 0]);
  });

  it('reads a bitset as the mask and the positions in order that a bit-by-bit reading gives, and counts its bits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(7), (bits, spare) => {
        // A count that ends inside the last byte; bits past it are never set by the index.
        const count = Math.max(0, bits.length * 8 - spare);
        if (bits.length > 0) bits[bits.length - 1]! &= 0xff >> spare;
        const mask = new Uint8Array(count);
        const rows: number[] = [];
        for (let i = 0; i < count; i++)
          if (bits[i >> 3]! & (1 << (i & 7))) {
            mask[i] = 1;
            rows.push(i);
          }
        const got = matchesOf(bits, count);
        expect(got.mask).toEqual(mask);
        expect([...got.rows]).toEqual(rows);
        expect(countBits(bits)).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
