import { expect, test } from 'vitest';
import { memo } from '../../../src/timeline/core/memo';

test('a memoised function runs once per change of its inputs, compared by identity', () => {
  let runs = 0;
  const f = memo((a: number[], k: number) => {
    runs++;
    return a.map((x) => x * k);
  });
  const a = [1, 2];
  const first = f(a, 2);
  expect(f(a, 2)).toBe(first);
  expect(runs).toBe(1);
  expect(f([1, 2], 2)).toEqual(first);
  expect(runs).toBe(2);
  expect(f([1, 2], 3)).toEqual([3, 6]);
  expect(runs).toBe(3);
});

test('a call that throws leaves the last value in place', () => {
  const f = memo((n: number) => {
    if (n < 0) throw new Error('negative');
    return { n };
  });
  const one = f(1);
  expect(() => f(-1)).toThrow('negative');
  expect(f(1)).toBe(one);
});
