import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { lowerBound, partitionPoint, upperBound } from '../../src/lib/bisect';

const a = Float64Array.from([1, 3, 3, 3, 7, 9]);

describe('bisect', () => {
  test.each([
    [0, 0, 0],
    [1, 0, 1],
    [3, 1, 4],
    [5, 4, 4],
    [9, 5, 6],
    [10, 6, 6],
  ])('value %d: lowerBound %d, upperBound %d', (v, lo, up) => {
    expect(lowerBound(a, v)).toBe(lo);
    expect(upperBound(a, v)).toBe(up);
  });

  test('searches only inside [lo, hi)', () => {
    expect(lowerBound(a, 0, 2, 5)).toBe(2);
    expect(upperBound(a, 100, 2, 5)).toBe(5);
  });

  test('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (xs, v) => {
        const s = [...xs].sort((x, y) => x - y);
        const firstGe = s.findIndex((x) => x >= v);
        const firstGt = s.findIndex((x) => x > v);
        expect(lowerBound(s, v)).toBe(firstGe < 0 ? s.length : firstGe);
        expect(upperBound(s, v)).toBe(firstGt < 0 ? s.length : firstGt);
      }),
    );
  });

  test('partitionPoint finds where a prefix predicate stops holding, through an index list or over strings', () => {
    // Keys reached through a list, as the overlap index does: positions of start times 1, 3, 3, 7.
    const start = [7, 3, 1, 3];
    const list = [2, 1, 3, 0];
    expect(partitionPoint(0, list.length, (k) => start[list[k]!]! < 3)).toBe(1);
    expect(partitionPoint(0, list.length, (k) => start[list[k]!]! <= 3)).toBe(3);
    expect(partitionPoint(0, list.length, (k) => start[list[k]!]! < 100)).toBe(4);
    const words = ['ceasefire', 'kabul', 'talks', 'taliban'];
    expect(partitionPoint(0, words.length, (k) => words[k]! < 'tal')).toBe(2);
    expect(partitionPoint(1, 3, (k) => words[k]! < 'a')).toBe(1);
  });

  test('partitionPoint agrees with lowerBound and upperBound on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (xs, v) => {
        const s = [...xs].sort((x, y) => x - y);
        expect(partitionPoint(0, s.length, (k) => s[k]! < v)).toBe(lowerBound(s, v));
        expect(partitionPoint(0, s.length, (k) => s[k]! <= v)).toBe(upperBound(s, v));
      }),
    );
  });
});
