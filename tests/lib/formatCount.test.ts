import { expect, test } from 'vitest';
import { formatCount } from '../../src/lib/formatCount';

test('counts are written with thousands separators, as people read them', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1_000_000)).toBe('1,000,000');
  expect(formatCount(64)).toBe('64');
});
