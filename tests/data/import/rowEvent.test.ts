import { describe, expect, test } from 'vitest';
import { PRECISION_CODES } from '../../../src/data/model';
import { onePerKey, pointOf, rowDate, withPlaceAndExtra } from '../../../src/data/import/rowEvent';
import type { RowRead } from '../../../src/data/import/rowFormat';
import type { DateIntervalT, EventT } from '../../../src/data/schema';

const row = (over: Partial<RowRead> = {}): RowRead => ({
  id: 'r1',
  first: Date.UTC(2020, 2, 1),
  last: Date.UTC(2020, 2, 31),
  precision: PRECISION_CODES.indexOf('span'),
  approximate: false,
  kind: 0,
  actors: [],
  themes: [],
  sourceCount: 0,
  ...over,
});
const how: DateIntervalT['derivation'] = {
  method: 'explicit',
  clue: '2020-03 to 2020-03-31',
  confidence: 'high',
  note: 'From the test.',
};

describe('pointOf', () => {
  test.each([
    ['69.2', '34.5', [69.2, 34.5]],
    ['-180', '-90', [-180, -90]],
    ['', '34.5', null],
    ['69.2', '', null],
    ['181', '0', null],
    ['0', '91', null],
    ['east', '34.5', null],
  ] as const)('lon %j, lat %j -> %j', (lon, lat, want) => {
    expect(pointOf(lon, lat)).toEqual(want);
  });
});

describe('rowDate', () => {
  test('a span read from two dates says how precisely each end is known', () => {
    const d = rowDate(row(), how, {
      start: { first: 0, last: 0, precision: 'month' },
      end: { first: 0, last: 0, precision: 'day' },
    });
    expect(d).toEqual({
      earliest: '2020-03-01',
      latest: '2020-03-31',
      precision: 'span',
      approximate: false,
      derivation: how,
      startPrecision: 'month',
      endPrecision: 'day',
    });
  });

  test('a single date (no end) has no end precisions', () => {
    const d = rowDate(row({ precision: PRECISION_CODES.indexOf('month') }), how, {
      start: { first: 0, last: 0, precision: 'month' },
      end: null,
    });
    expect(d.precision).toBe('month');
    expect(d).not.toHaveProperty('startPrecision');
  });

  test('an approximate row stays approximate', () => {
    expect(rowDate(row({ precision: PRECISION_CODES.indexOf('week'), approximate: true }), how).approximate).toBe(true);
  });
});

describe('onePerKey', () => {
  test('makes each key once and hands back the same object after', () => {
    let made = 0;
    const actor = onePerKey((name) => ({ name, n: ++made }));
    const a = actor('Taliban');
    expect(actor('Taliban')).toBe(a);
    expect(actor('Government of Afghanistan')).not.toBe(a);
    expect(made).toBe(2);
  });
});

describe('withPlaceAndExtra', () => {
  const base = (): EventT => ({
    id: 'e',
    title: 't',
    summary: 's',
    date: rowDate(row(), how),
    kind: 'occurred',
    actors: [],
    themes: [],
    location: null,
    evidence: [],
    flags: [],
  });
  test('keeps the place and the extra cells when there are some, and adds nothing when there are none', () => {
    const e = withPlaceAndExtra(
      base(),
      row({
        place: { id: 'kabul', name: 'Kabul', kind: 'town', point: [69.2, 34.5], precision: 'town', source: 'test' },
      }),
      { fatalities: '3' },
    );
    expect(e.place).toBe('kabul');
    expect(e.extra).toEqual({ fatalities: '3' });
    const bare = withPlaceAndExtra(base(), row(), undefined);
    expect(bare).not.toHaveProperty('place');
    expect(bare).not.toHaveProperty('extra');
  });
});
