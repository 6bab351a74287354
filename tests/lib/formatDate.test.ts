import { describe, expect, test } from 'vitest';
import { dateWords, formatDayRange, type DateLike } from '../../src/lib/formatDate';

const d = (
  earliest: string,
  latest: string,
  precision: DateLike['precision'],
  more: Partial<DateLike> = {},
): DateLike => ({ earliest, latest, precision, ...more });

describe('dateWords: the words follow from the interval, not from its precision label', () => {
  test.each([
    // An instant known to one day, month or year.
    [d('2019-05-04', '2019-05-04', 'day'), '4 May 2019', '4 May 2019', 'known to the day'],
    [
      d('2019-05-04', '2019-05-04', 'day', { approximate: true }),
      'about 4 May 2019',
      'about 4 May 2019',
      'known to the day',
    ],
    [d('2019-04-01', '2019-04-30', 'month'), 'some time in April 2019', 'April 2019', 'known to the month'],
    [
      d('2018-10-01', '2018-10-31', 'month', { approximate: true }),
      'about October 2018',
      'about October 2018',
      'known to the month',
    ],
    [d('2019-01-01', '2019-12-31', 'year'), 'some time in 2019', '2019', 'known to the year'],
    // An uncertain instant: a window, whatever the label says (the old data called this one "day").
    [
      d('2018-10-01', '2020-01-17', 'day', { approximate: true }),
      'some day between about 1 October 2018 and 17 January 2020',
      'about 1 Oct 2018 – 17 Jan 2020 (date uncertain)',
      'date uncertain: a window of about 16 months',
    ],
    [
      d('2019-05-03', '2019-05-04', 'week'),
      'some day between 3 and 4 May 2019',
      '3–4 May 2019 (date uncertain)',
      'date uncertain: a window of 2 days',
    ],
    [
      d('2019-11-28', '2019-12-06', 'year'),
      'some day between 28 November and 6 December 2019',
      '28 Nov – 6 Dec 2019 (date uncertain)',
      'date uncertain: a window of 9 days',
    ],
    [
      d('2019-04-01', '2019-05-31', 'year'),
      'some time between April and May 2019',
      'April – May 2019 (date uncertain)',
      'date uncertain: a window of 61 days',
    ],
    [
      d('1996-01-01', '2001-12-31', 'year'),
      'some time between 1996 and 2001',
      '1996 – 2001 (date uncertain)',
      'date uncertain: a window of about 6 years',
    ],
    [
      d('2021-02-28', '2021-03-02', 'week', { likeliest: { earliest: '2021-02-28', latest: '2021-03-01' } }),
      'some day between 28 February and 2 March 2021; most likely 28 February – 1 March 2021',
      '28 Feb – 2 Mar 2021 (date uncertain)',
      'date uncertain: a window of 3 days',
    ],
    // A duration: it lasted, each end at its own precision.
    [
      d('2018-09-01', '2019-06-30', 'span', { startPrecision: 'month', endPrecision: 'month' }),
      'lasted from September 2018 to June 2019',
      'lasted from September 2018 to June 2019',
      'lasted: start and end known to the month',
    ],
    [
      d('2001-09-12', '2020-01-17', 'span', { approximate: true, startPrecision: 'month' }),
      'lasted from about September 2001 to 17 January 2020',
      'lasted from about September 2001 to 17 January 2020',
      'lasted: start known to the month, end to the day',
    ],
    [
      d('2019-01-01', '2019-12-31', 'span', { startPrecision: 'year', endPrecision: 'year' }),
      'lasted throughout 2019',
      'lasted throughout 2019',
      'lasted: start and end known to the year',
    ],
    [
      d('2001-10-07', '2021-08-30', 'span'),
      'lasted from 7 October 2001 to 30 August 2021',
      'lasted from 7 October 2001 to 30 August 2021',
      'lasted: start and end known to the day',
    ],
  ] as const)('%o → %s', (date, long, short, precision) => {
    const w = dateWords(date);
    expect(w.long).toBe(long);
    expect(w.short).toBe(short);
    expect(w.precision).toBe(precision);
  });

  test('never says "known to the day" of a window, and tells a duration from an uncertain instant', () => {
    const window = dateWords(d('2019-12-04', '2021-03-02', 'day'));
    expect(window.precision).not.toMatch(/known to the day/);
    expect(window).toMatchObject({ uncertain: true, lasted: false });
    const span = dateWords(d('2019-12-04', '2021-03-02', 'span'));
    expect(span).toMatchObject({ uncertain: false, lasted: true });
    expect(span.short).not.toBe(window.short);
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
  test('with short month names', () => {
    expect(formatDayRange('2019-12-30', '2020-01-02', true)).toBe('30 Dec 2019 – 2 Jan 2020');
  });
});
