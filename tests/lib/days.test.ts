import { describe, expect, test } from 'vitest';
import { windowDays } from '../../src/lib/days';

describe('windowDays', () => {
  test.each([
    ['2020-03-15', '2020-03-15', 1],
    ['2020-03-15', '2020-03-21', 7],
    ['2020-02-01', '2020-02-29', 29],
    ['2019-12-31', '2020-01-01', 2],
    ['2020-01-01', '2020-12-31', 366],
  ])('%s to %s is %i days', (earliest, latest, days) => {
    expect(windowDays(earliest, latest)).toBe(days);
  });
});
