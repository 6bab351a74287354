import { describe, expect, test } from 'vitest';
import { sourceFromSearch, sourceKey, sourceParams, type DataSource } from '../../src/data/source';

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
