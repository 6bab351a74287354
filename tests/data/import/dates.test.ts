import { describe, expect, test } from 'vitest';
import { readDate } from '../../../src/data/import/dates';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('readDate', () => {
  test.each([
    ['2020-03-15', '2020-03-15', '2020-03-15', 'day'],
    ['15 March 2020', '2020-03-15', '2020-03-15', 'day'],
    ['15-Mar-2020', '2020-03-15', '2020-03-15', 'day'],
    ['March 15, 2020', '2020-03-15', '2020-03-15', 'day'],
    ['2020/03/15', '2020-03-15', '2020-03-15', 'day'],
    ['15/03/2020', '2020-03-15', '2020-03-15', 'day'],
    ['03/15/2020', '2020-03-15', '2020-03-15', 'day'],
    ['2020-03-15 00:00:00.000', '2020-03-15', '2020-03-15', 'day'],
    ['2020-03', '2020-03-01', '2020-03-31', 'month'],
    ['March 2020', '2020-03-01', '2020-03-31', 'month'],
    ['Feb 2024', '2024-02-01', '2024-02-29', 'month'],
    ['2019', '2019-01-01', '2019-12-31', 'year'],
  ])('%s is %s to %s, known to the %s', (text, first, last, precision) => {
    expect(readDate(text)).toMatchObject({ first: day(first), last: day(last), precision });
  });

  test.each(['Marhc 2020', '2020-02-30', '31 April 2020', '', 'soon', '2020-13-01', '32/01/2020'])(
    '%j is not a date',
    (text) => {
      expect(readDate(text)).toBeNull();
    },
  );

  test('an ambiguous numeric date says how it was read', () => {
    expect(readDate('04/05/2020')?.reading).toBe('read as day/month/year');
    expect(readDate('04/25/2020')?.reading).toMatch(/month\/day\/year/);
  });
});
