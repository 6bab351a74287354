import { describe, expect, test } from 'vitest';
import { formatFrom, formatTo, parseFrom, parseTo } from '../../src/url/windowEdges';
import { snapWindow } from '../../src/url/snapWindow';
import fc from 'fast-check';
import { decode } from '../../src/url/codec';
import { linkQuery } from '../../src/url/link';

const utc = (s: string) => Date.parse(s);

describe('window edges read as people write dates', () => {
  test.each<[string, string, string]>([
    ['2019', '2019-01-01T00:00:00Z', '2020-01-01T00:00:00Z'],
    ['2019-05', '2019-05-01T00:00:00Z', '2019-06-01T00:00:00Z'],
    ['2019-12', '2019-12-01T00:00:00Z', '2020-01-01T00:00:00Z'],
    ['2020-02-29', '2020-02-29T00:00:00Z', '2020-03-01T00:00:00Z'],
    ['2019-05-04T13:30Z', '2019-05-04T13:30:00Z', '2019-05-04T13:30:00Z'],
    ['2019-05-04T13:30:05Z', '2019-05-04T13:30:05Z', '2019-05-04T13:30:05Z'],
  ])('%s starts at %s and, as an end, runs to %s', (text, start, end) => {
    expect(parseFrom(text)).toBe(utc(start));
    expect(parseTo(text)).toBe(utc(end));
  });

  test.each([
    '2019-13',
    '2019-00',
    '2019-02-30',
    '2019-2-3',
    '19-05',
    '0999',
    '2019-05-04T24:00Z',
    '2019-05-04T13:30',
    'May 2019',
    '',
  ])('%s is not a date', (text) => {
    expect(parseFrom(text)).toBeNull();
    expect(parseTo(text)).toBeNull();
  });

  test.each<[string, string, string]>([
    ['2019-01-01T00:00:00Z', '2019-01', '2018-12'],
    ['2019-06-01T00:00:00Z', '2019-06', '2019-05'],
    ['2019-06-15T00:00:00Z', '2019-06-15', '2019-06-14'],
    ['2019-06-15T06:00:00Z', '2019-06-15T06:00Z', '2019-06-15T06:00Z'],
  ])('%s is written as start %s and as end %s', (iso, asFrom, asTo) => {
    expect(formatFrom(utc(iso))).toBe(asFrom);
    expect(formatTo(utc(iso))).toBe(asTo);
    expect(parseFrom(asFrom)).toBe(utc(iso));
    expect(parseTo(asTo)).toBe(utc(iso));
  });
});

describe('snapWindow rounds a zoomed window for a readable link', () => {
  test.each<[string, [string, string], [string, string]]>([
    [
      'years wide: to days',
      ['2018-03-04T17:12:45.123Z', '2021-02-10T03:00:00Z'],
      ['2018-03-05T00:00:00Z', '2021-02-10T00:00:00Z'],
    ],
    [
      'months wide: to hours',
      ['2019-05-04T13:31:00Z', '2019-06-20T08:10:00Z'],
      ['2019-05-04T14:00:00Z', '2019-06-20T08:00:00Z'],
    ],
    [
      'hours wide: to minutes',
      ['2019-05-04T13:31:40Z', '2019-05-04T19:02:10Z'],
      ['2019-05-04T13:32:00Z', '2019-05-04T19:02:00Z'],
    ],
  ])('%s', (_name, [a, b], [x, y]) => {
    const [from, to] = snapWindow([utc(a), utc(b)]);
    expect([from, to]).toEqual([utc(x), utc(y)]);
    // Neither edge moves more than half a percent of the width.
    const width = utc(b) - utc(a);
    expect(Math.abs(from - utc(a))).toBeLessThanOrEqual(width / 200);
    expect(Math.abs(to - utc(b))).toBeLessThanOrEqual(width / 200);
  });

  test('a window already on day boundaries is unchanged', () => {
    const w: [number, number] = [utc('2019-01-01'), utc('2020-06-16')];
    expect(snapWindow(w)).toEqual(w);
  });

  test("a link's own dates round-trip exactly, however wide the window", () => {
    for (const q of ['from=1996-01&to=2019-05-04', 'from=1996-01-07&to=2021-12', 'from=2001-10-07&to=2019-05-04']) {
      expect(linkQuery(decode(q).view)).toBe(q);
    }
  });

  test('for any day-precise link, reopening the link Envoy writes shows the same window', () => {
    const day = fc
      .integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 0, 1) / 864e5 })
      .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        if (a > b) [a, b] = [b, a];
        const window = decode(`from=${a}&to=${b}`).view.window;
        expect(decode(linkQuery(decode(`from=${a}&to=${b}`).view)).view.window).toEqual(window);
      }),
    );
  });
});
