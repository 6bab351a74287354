import { describe, expect, test } from 'vitest';
import { MAX_SYNTHETIC, sourceFromSearch, sourceKeys, sourceProblems } from '../../src/data/source';
import { encode } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/state/viewState';

describe('the data keys of a link', () => {
  test.each<[string, string, RegExp[], string]>([
    // query, what loads, what the notice says, what a copied link keeps
    ['synthetic=1000', 'synthetic 1000 seed 1', [], 'synthetic=1000'],
    ['synthetic=1000&seed=7', 'synthetic 1000 seed 7', [], 'synthetic=1000&seed=7'],
    ['', 'bundled', [], ''],
    [
      'synthetic=abc',
      'bundled',
      [/synthetic event count 'abc' is not a whole number from 1 to 2,000,000; showing the bundled dataset instead/],
      '',
    ],
    ['synthetic=-1', 'bundled', [/synthetic event count '-1' is not a whole number/], ''],
    ['synthetic=0', 'bundled', [/synthetic event count '0' is not a whole number/], ''],
    ['synthetic=50000000', 'bundled', [/synthetic event count '50000000' is not a whole number/], ''],
    [
      'synthetic=5000000',
      `synthetic ${MAX_SYNTHETIC} seed 1`,
      [/asks for 5,000,000 synthetic events; 2,000,000 is the most/],
      'synthetic=2000000',
    ],
    [
      'synthetic=1000&seed=abc',
      'synthetic 1000 seed 1',
      [/seed 'abc' is not a whole number from 0 to 999,999,999; using seed 1/],
      'synthetic=1000',
    ],
    ['synthetic=1000&seed=-1', 'synthetic 1000 seed 1', [/seed '-1' is not a whole number/], 'synthetic=1000'],
    ['seed=7', 'bundled', [/seed '7' applies only to generated data \(synthetic\); ignored/], ''],
    // A link that opens a dataset by URL has its own notices; synthetic and seed are simply not used.
    ['data=https://example.org/d.json&synthetic=abc', 'url', [], 'data=https://example.org/d.json'],
  ])('%j', (query, loads, problems, kept) => {
    const s = sourceFromSearch(query);
    expect(s.kind === 'synthetic' ? `synthetic ${s.count} seed ${s.seed}` : s.kind).toBe(loads);
    const said = sourceProblems(query);
    expect(said).toHaveLength(problems.length);
    problems.forEach((p, k) => expect(said[k]).toMatch(p));
    expect(
      sourceKeys(query)
        .map(([k, v]) => `${k}=${v}`)
        .join('&'),
    ).toBe(kept);
    // A copied link keeps only what was used.
    expect(encode(DEFAULT_VIEW, new URLSearchParams(query))).toBe(kept);
  });
});
