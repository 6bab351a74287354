import { describe, expect, test } from 'vitest';
import { MAX_SYNTHETIC, sourceFromSearch, sourceKey, sourceKeys, sourceParams, sourceProblems, type DataSource } from '../../src/data/source';
import { encode } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/state/viewState';

describe('the data keys of a link', () => {
  test.each<[string, string, RegExp[], string]>([
    // query, what loads, what the notice says, what a copied link keeps
    ['synthetic=1000', 'synthetic 1000 seed 1', [], 'synthetic=1000'],
    ['synthetic=1000&seed=7', 'synthetic 1000 seed 7', [], 'synthetic=1000&seed=7'],
    ['', 'bundled', [], ''],
    ['synthetic=abc', 'bundled', [/synthetic event count 'abc' is not a whole number from 1 to 2,000,000; showing the bundled dataset instead/], ''],
    ['synthetic=-1', 'bundled', [/synthetic event count '-1' is not a whole number/], ''],
    ['synthetic=0', 'bundled', [/synthetic event count '0' is not a whole number/], ''],
    ['synthetic=50000000', 'bundled', [/synthetic event count '50000000' is not a whole number/], ''],
    ['synthetic=5000000', `synthetic ${MAX_SYNTHETIC} seed 1`, [/asks for 5,000,000 synthetic events; 2,000,000 is the most/], 'synthetic=2000000'],
    ['synthetic=1000&seed=abc', 'synthetic 1000 seed 1', [/seed 'abc' is not a whole number from 0 to 999,999,999; using seed 1/], 'synthetic=1000&seed=1'],
    ['synthetic=1000&seed=-1', 'synthetic 1000 seed 1', [/seed '-1' is not a whole number/], 'synthetic=1000&seed=1'],
    ['seed=7', 'bundled', [/seed '7' applies only to generated data \(synthetic\); ignored/], ''],
  ])('%j', (query, loads, problems, kept) => {
    const s = sourceFromSearch(query);
    expect(s.kind === 'synthetic' ? `synthetic ${s.count} seed ${s.seed}` : s.kind).toBe(loads);
    const said = sourceProblems(query);
    expect(said).toHaveLength(problems.length);
    problems.forEach((p, k) => expect(said[k]).toMatch(p));
    expect(sourceKeys(query).map(([k, v]) => `${k}=${v}`).join('&')).toBe(kept);
    // A copied link keeps only what was used.
    expect(encode(DEFAULT_VIEW, new URLSearchParams(query))).toBe(kept);
  });
});

describe('the data source a link names', () => {
  test.each<[string, DataSource]>([
    ['', { kind: 'bundled', id: 'afghan-peace-2018-2021' }],
    ['?data=shared/dataset.json', { kind: 'url', url: 'shared/dataset.json' }],
    ['?data=https://example.org/x/dataset.json&event=a', { kind: 'url', url: 'https://example.org/x/dataset.json' }],
    ['?local=3d46691e10e3979b', { kind: 'local', id: '3d46691e10e3979b' }],
    ['?local=3D46691E10E3979B', { kind: 'local', id: '3d46691e10e3979b' }],
    // A kept file wins over a URL, a URL over generated data.
    ['?local=abc&data=x.json&synthetic=10', { kind: 'local', id: 'abc' }],
    ['?data=x.json&synthetic=10', { kind: 'url', url: 'x.json' }],
    ['?local=<script>', { kind: 'bundled', id: 'afghan-peace-2018-2021' }],
    ['?data=', { kind: 'bundled', id: 'afghan-peace-2018-2021' }],
    [`?data=${'a'.repeat(2001)}`, { kind: 'bundled', id: 'afghan-peace-2018-2021' }],
    ['?synthetic=1000&seed=7', { kind: 'synthetic', count: 1000, seed: 7 }],
  ])('%s', (search, expected) => {
    const source = sourceFromSearch(search);
    expect(source).toEqual(expected);
    // Written back into a link, it names the same source.
    expect(sourceFromSearch(`?${new URLSearchParams(sourceParams(source))}`)).toEqual(source);
  });

  test('sources that show the same data share a key, others do not', () => {
    expect(sourceKey({ kind: 'url', url: 'a.json' })).toBe(sourceKey({ kind: 'url', url: 'a.json' }));
    expect(sourceKey({ kind: 'url', url: 'a.json' })).not.toBe(sourceKey({ kind: 'url', url: 'b.json' }));
    expect(sourceKey({ kind: 'local', id: 'a' })).not.toBe(sourceKey({ kind: 'url', url: 'a' }));
  });
});
