import { describe, expect, test } from 'vitest';
import { RING_KM, symbolFor, type MapSymbol } from '../../../src/map/core/symbol';
import type { PlaceT } from '../../../src/data/schema';

describe('how precisely a place is known decides its symbol: never a pin for an area', () => {
  test.each<[PlaceT['precision'], boolean, MapSymbol]>([
    ['exact', false, 'dot'],
    ['exact', true, 'dot'],
    ['town', false, 'dot'],
    ['district', false, 'ring'],
    ['district', true, 'ring'],
    ['province', false, 'ring'],
    ['country', true, 'area'],
    ['country', false, 'ring'],
    ['region', false, 'ring'],
    ['region', true, 'ring'],
  ])('%s (outline on the base map: %s) -> %s', (precision, outline, symbol) => {
    expect(symbolFor(precision, outline)).toBe(symbol);
  });

  test('rings grow with the kind of area', () => {
    expect(RING_KM.district).toBeLessThan(RING_KM.province);
    expect(RING_KM.province).toBeLessThan(RING_KM.country);
    expect(RING_KM.country).toBeLessThan(RING_KM.region);
  });
});
