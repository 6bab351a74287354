import { describe, expect, test } from 'vitest';
import { acledPrecision, kindFor, ucdpPrecision } from '../../src/data/spatialPrecision';
import { symbolFor } from '../../src/map/core/symbol';

describe('source precision codes in Envoy’s terms', () => {
  test.each([
    [1, 'town'],
    ['2', 'district'],
    [' 3 ', 'province'],
    [4, null],
    ['', null],
  ])('ACLED geo_precision %j -> %s', (code, want) => expect(acledPrecision(code)).toBe(want));

  test.each([
    [1, 'exact'],
    [2, 'town'],
    [3, 'district'],
    [4, 'province'],
    [5, 'region'],
    [6, 'country'],
    [7, 'region'],
    [0, null],
    ['x', null],
  ])('UCDP where_prec %j -> %s', (code, want) => expect(ucdpPrecision(code)).toBe(want));

  test('only the two finest codes become dots on the map; the rest are areas', () => {
    const dots = [1, 2, 3, 4, 5, 6, 7].filter((c) => symbolFor(ucdpPrecision(c)!, true) === 'dot');
    expect(dots).toEqual([1, 2]);
    expect([1, 2, 3].filter((c) => symbolFor(acledPrecision(c)!, true) === 'dot')).toEqual([1]);
  });

  test('kinds follow precisions', () => {
    expect(kindFor('exact')).toBe('site');
    expect(kindFor('province')).toBe('province');
  });
});
