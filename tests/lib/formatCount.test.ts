import { expect, test } from 'vitest';
import fc from 'fast-check';
import { formatCount } from '../../src/lib/formatCount';

test('counts are written with thousands separators, as people read them', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1000)).toBe('1,000');
  expect(formatCount(1_000_000)).toBe('1,000,000');
  expect(formatCount(-1234)).toBe('-1,234');
});

test('any whole number is written exactly as toLocaleString writes it, in en-US and en-GB', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }),
    { numRuns: 500 },
  );
});
