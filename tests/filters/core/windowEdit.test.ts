import { describe, expect, test } from 'vitest';
import { editWindow, windowDays, type Edge, type WindowEdit } from '../../../src/filters/core/windowEdit';
import { dayToMs } from '../../../src/lib/days';

const W: [number, number] = [dayToMs('2019-01-01'), dayToMs('2020-01-01')];

describe('editWindow', () => {
  test.each<[Edge, string, WindowEdit]>([
    ['from', '2019-06-01', { ok: true, window: [dayToMs('2019-06-01'), W[1]] }],
    ['to', '2019-06-01', { ok: true, window: [W[0], dayToMs('2019-06-02')] }], // "to" is inclusive in the box, exclusive in the store
    ['to', '2019-01-01', { ok: true, window: [W[0], dayToMs('2019-01-02')] }], // a one-day window
    ['from', '2020-01-01', { ok: false, reason: 'reversed' }],
    ['to', '2018-12-31', { ok: false, reason: 'reversed' }],
    ['from', '', { ok: false, reason: 'incomplete' }],
    ['from', '2019-02-30', { ok: false, reason: 'incomplete' }],
    ['from', '0201-01-01', { ok: false, reason: 'out-of-range' }],
    ['to', '2200-01-01', { ok: false, reason: 'out-of-range' }],
  ])('%s = %j', (edge, day, expected) => {
    expect(editWindow(edge, day, W)).toEqual(expected);
  });

  test.each<[[string, string], [string, string]]>([
    [
      ['2019-01-01T00:00:00Z', '2020-01-01T00:00:00Z'],
      ['2019-01-01', '2019-12-31'],
    ],
    [
      ['2019-01-01T13:00:00Z', '2019-01-03T06:00:00Z'],
      ['2019-01-01', '2019-01-03'],
    ], // a window set by zooming, mid-day
  ])('windowDays(%j) shows %j', ([from, to], expected) => {
    expect(windowDays([Date.parse(from), Date.parse(to)])).toEqual(expected);
  });
});
