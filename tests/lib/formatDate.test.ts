import { describe, expect, test } from 'vitest';
import { formatDayRange, formatInterval } from '../../src/lib/formatDate';

describe('formatInterval says no more than the evidence', () => {
  test.each([
    ['2019-05-04', '2019-05-04', 'day', false, '4 May 2019'],
    ['2019-05-04', '2019-05-04', 'day', true, 'about 4 May 2019'],
    ['2019-05-03', '2019-05-04', 'day', false, 'between 3 and 4 May 2019'],
    ['2019-04-29', '2019-05-05', 'week', false, 'the week of 29 April – 5 May 2019'],
    ['2019-04-01', '2019-04-30', 'month', false, 'April 2019'],
    ['2019-04-01', '2019-04-30', 'month', true, 'about April 2019'],
    ['2019-11-01', '2020-01-31', 'month', false, 'November 2019 – January 2020'],
    ['2019-01-01', '2019-12-31', 'year', false, '2019'],
    ['2001-10-07', '2021-08-30', 'span', false, '7 October 2001 – 30 August 2021'],
  ] as const)('%s..%s (%s, approximate %s) → %s', (a, b, p, approx, expected) => {
    expect(formatInterval(a, b, p, approx)).toBe(expected);
  });
});

describe('formatDayRange', () => {
  test.each([
    ['2019-05-04', '2019-05-04', '4 May 2019'],
    ['2019-05-03', '2019-05-04', '3–4 May 2019'],
    ['2019-04-29', '2019-05-04', '29 April – 4 May 2019'],
    ['2019-12-30', '2020-01-02', '30 December 2019 – 2 January 2020'],
  ])('%s..%s → %s', (a, b, expected) => {
    expect(formatDayRange(a, b)).toBe(expected);
  });
});
