// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { TIMELINEJS_HEADER } from '../../../src/data/import/timelinejs';
import { line, open } from './helpers';

function row(over: Partial<Record<string, string>>): string[] {
  return TIMELINEJS_HEADER.map((h) => over[h] ?? '');
}
const csv = (rows: Partial<Record<string, string>>[]) =>
  [line(TIMELINEJS_HEADER), ...rows.map((r) => line(row(r)))].join('\n');

describe('TimelineJS sheet import', () => {
  test.each([
    [{ Year: '2020' }, '2020-01-01', '2020-12-31', 'year'],
    [{ Year: '2020', Month: '3' }, '2020-03-01', '2020-03-31', 'month'],
    [{ Year: '2020', Month: '3', Day: '15' }, '2020-03-15', '2020-03-15', 'day'],
    [{ Year: '2020', Month: '3', Day: '15', Time: '14:30' }, '2020-03-15', '2020-03-15', 'day'],
    [
      { Year: '2020', Month: '3', 'End Year': '2021', 'End Month': '5', 'End Day': '1' },
      '2020-03-01',
      '2021-05-01',
      'span',
    ],
  ])('%j is %s to %s (%s)', async (cells, earliest, latest, precision) => {
    const { events, format } = await open(csv([{ ...cells, Headline: 'Talks begin' }]), 'sheet.csv');
    expect(format).toBe('timelinejs-csv');
    expect(events[0]!.date).toMatchObject({ earliest, latest, precision, approximate: false });
  });

  test('a span says how precisely each end is known', async () => {
    const { events } = await open(
      csv([{ Year: '2020', Month: '3', 'End Year': '2021', 'End Month': '5', 'End Day': '1', Headline: 'x' }]),
      'sheet.csv',
    );
    expect(events[0]!.date).toMatchObject({ startPrecision: 'month', endPrecision: 'day' });
  });

  test('headline and text become plain text, Group the theme, Display Date the clue; title and era slides are not events', async () => {
    const { events, index } = await open(
      csv([
        { Type: 'title', Headline: 'My timeline' },
        {
          Year: '2019',
          Month: '5',
          Day: '4',
          Headline: 'Envoy <b>speaks</b>',
          Text: '<p>He said &quot;lay down arms&quot;.</p><script>alert(1)</script>',
          Group: 'Diplomacy',
          'Display Date': 'Early May 2019',
          Media: 'https://example.org/a.jpg',
        },
        { Year: '2019', Type: 'era', Headline: 'The talks' },
        { Year: '2020', Headline: 'Deal' },
      ]),
      'sheet.csv',
    );
    expect(events.map((e) => e.title)).toEqual(['Envoy speaks', 'Deal']);
    expect(events[0]!.summary).toBe('He said "lay down arms".');
    expect(events[0]!.date.derivation.clue).toBe('Early May 2019');
    expect(events[0]!.extra).toMatchObject({ Media: 'https://example.org/a.jpg' });
    expect(index.themes.map((t) => t.label)).toEqual(['Diplomacy', 'Events']);
    expect(events[0]!.id).toBe('2019-05-04-envoy-speaks');
  });

  test('rows without a usable year are skipped in words; repeated headlines get distinct ids', async () => {
    const { skipped, events } = await open(
      csv([
        { Year: 'soon', Headline: 'x' },
        { Year: '2020', Month: '13', Headline: 'y' },
        { Year: '2020', Headline: 'Same' },
        { Year: '2020', Headline: 'Same' },
      ]),
      's.csv',
    );
    expect(skipped).toEqual([
      { row: 2, column: 'Year', message: "'soon' is not a year Envoy can show (years 1 to 9999)" },
      { row: 3, column: 'Year', message: "'13' is not a month (1 to 12)" },
    ]);
    expect(events.map((e) => e.id)).toEqual(['2020-01-01-same', '2020-01-01-same-2']);
  });
});

describe('TimelineJS JSON import', () => {
  test('reads slides: start_date parts, text, group, unique_id', async () => {
    const json = {
      title: { text: { headline: 'US–Taliban talks' } },
      events: [
        {
          start_date: { year: 2019, month: 5, day: 4 },
          text: { headline: 'Khalilzad speaks', text: '<p>All sides</p>' },
          group: 'Diplomacy',
          unique_id: 'Slide-1',
        },
        {
          start_date: { year: '2020', month: '2' },
          end_date: { year: 2020, month: 3 },
          text: { headline: 'Reduction in violence' },
        },
      ],
    };
    const { events, format, index } = await open(JSON.stringify(json), 'timeline.json');
    expect(format).toBe('timelinejs-json');
    expect(index.title).toBe('US–Taliban talks');
    expect(events.map((e) => [e.id, e.date.earliest, e.date.latest, e.date.precision])).toEqual([
      ['slide-1', '2019-05-04', '2019-05-04', 'day'],
      ['2020-02-01-reduction-in-violence', '2020-02-01', '2020-03-31', 'span'],
    ]);
    expect(events[0]!.summary).toBe('All sides');
  });
});
