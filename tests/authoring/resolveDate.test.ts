import { findDateClues, resolvePassage } from '../../src/authoring/resolveDate';

const day = (d: string) => ({ earliest: d, latest: d });
const win = (earliest: string, latest: string) => ({ earliest, latest });

describe('resolvePassage: one passage against the publication window', () => {
  const table: {
    name: string;
    text: string;
    ref: { earliest: string; latest: string };
    earliest: string;
    latest: string;
    clue: string;
    planned?: boolean;
    method?: string;
  }[] = [
    {
      name: 'a weekday before a day reference is the one just past',
      text: 'Taliban spokesman Zabihullah Mujahid on Friday tweeted that America should stop.',
      ref: day('2019-05-04'),
      earliest: '2019-05-03',
      latest: '2019-05-03',
      clue: 'on Friday',
    },
    {
      name: 'the reference weekday itself is that day',
      text: 'The envoy said on Saturday that America stands ready.',
      ref: day('2019-05-04'),
      earliest: '2019-05-04',
      latest: '2019-05-04',
      clue: 'on Saturday',
    },
    {
      name: 'a weekday against an interval is the one inside or before it',
      text: 'Khalilzad arrived in Kabul on Wednesday to meet the president.',
      ref: win('2019-12-04', '2019-12-06'),
      earliest: '2019-12-04',
      latest: '2019-12-04',
      clue: 'on Wednesday',
    },
    {
      name: 'a weekday against a week-long window stays an interval, never one invented day',
      text: 'The offer was handed over on Monday in Doha.',
      ref: win('2020-01-15', '2020-01-22'),
      earliest: '2020-01-13',
      latest: '2020-01-20',
      clue: 'on Monday',
    },
    {
      name: '"last month" is the month before the publication',
      text: 'Sources say he held informal meetings in Qatar last month to discuss the talks.',
      ref: win('2019-12-04', '2019-12-06'),
      earliest: '2019-11-01',
      latest: '2019-11-30',
      clue: 'last month',
    },
    {
      name: '"last month" across a window that straddles a month end gives both months',
      text: 'The group last month announced its spring offensive.',
      ref: win('2019-04-28', '2019-05-03'),
      earliest: '2019-03-01',
      latest: '2019-04-30',
      clue: 'last month',
    },
    {
      name: '"last year" is the year before',
      text: 'Last year was the deadliest in five years for the US in Afghanistan.',
      ref: day('2020-01-16'),
      earliest: '2019-01-01',
      latest: '2019-12-31',
      clue: 'Last year',
    },
    {
      name: '"in August" without a year is the last August before the publication',
      text: 'The two sides had finalised a deal in August after long talks.',
      ref: day('2019-12-05'),
      earliest: '2019-08-01',
      latest: '2019-08-31',
      clue: 'August',
    },
    {
      name: '"in August" before a known October takes the nearest year to it',
      text: 'They finalised a deal in August after talks started in October 2019.',
      ref: win('2019-10-01', '2020-09-30'),
      earliest: '2019-08-01',
      latest: '2019-08-31',
      clue: 'August',
      method: 'inferred-from-context',
    },
    {
      name: '"in August 2018" with a year is explicit',
      text: 'The envoy was appointed in August 2018 by the president.',
      ref: day('2019-05-04'),
      earliest: '2018-08-01',
      latest: '2018-08-31',
      clue: 'August 2018',
      method: 'explicit',
    },
    {
      name: 'an explicit day is that day',
      text: 'The two sides signed a deal on February 29th, 2020 in Doha.',
      ref: day('2021-03-01'),
      earliest: '2020-02-29',
      latest: '2020-02-29',
      clue: 'February 29th, 2020',
      method: 'explicit',
    },
    {
      name: '"next week" is planned, the week after',
      text: 'Khalilzad will travel to Doha next week for talks.',
      ref: day('2019-05-04'),
      earliest: '2019-05-06',
      latest: '2019-05-12',
      clue: 'next week',
      planned: true,
    },
    {
      name: '"by May" is a planned deadline in the coming May',
      text: 'The US would withdraw all troops by May this year.',
      ref: win('2021-02-28', '2021-03-02'),
      earliest: '2021-05-01',
      latest: '2021-05-31',
      clue: 'May this year',
      planned: true,
    },
    {
      name: '"will" with a weekday reads it forward',
      text: 'The envoy will meet the president on Friday in Kabul.',
      ref: day('2019-05-04'),
      earliest: '2019-05-10',
      latest: '2019-05-10',
      clue: 'on Friday',
      planned: true,
    },
    {
      name: 'no clue at all: the publication window, approximate',
      text: 'The Afghan government says it is ready for resuming the talks.',
      ref: win('2019-12-04', '2019-12-06'),
      earliest: '2019-12-04',
      latest: '2019-12-06',
      clue: 'The Afghan government says it is ready for',
    },
    {
      name: '"a day after" dates the happening it counts from',
      text: 'His comments come a day after the president said he was ready.',
      ref: day('2019-05-04'),
      earliest: '2019-05-03',
      latest: '2019-05-03',
      clue: 'a day after',
    },
    {
      name: '"since" makes a span up to the publication',
      text: 'Since September 2018, the envoy had six rounds of talks.',
      ref: day('2019-05-04'),
      earliest: '2018-09-01',
      latest: '2019-05-04',
      clue: 'Since September 2018',
    },
    {
      name: 'a month that runs past the publication ends there',
      text: 'Talks were later restarted in December in Qatar.',
      ref: win('2019-12-04', '2019-12-06'),
      earliest: '2019-12-01',
      latest: '2019-12-06',
      clue: 'December',
    },
  ];
  it.each(table)('$name', ({ text, ref, earliest, latest, clue, planned, method }) => {
    const r = resolvePassage(text, ref, 'a');
    expect([r.date.earliest, r.date.latest]).toEqual([earliest, latest]);
    expect(r.date.derivation.clue).toBe(clue);
    expect(text).toContain(r.date.derivation.clue);
    expect(r.planned).toBe(planned ?? false);
    if (method) expect(r.date.derivation.method).toBe(method);
    expect(r.date.derivation.note.length).toBeGreaterThan(10);
  });

  it('says where the past-preference refiner moved chrono-node’s answer', () => {
    // Wednesday 13 March 2024: chrono alone reads "on Friday" as the 15th (the future).
    const r = resolvePassage('The minister resigned on Friday after the vote.', day('2024-03-13'), 'a');
    expect(r.date.earliest).toBe('2024-03-08');
    expect(r.date.derivation.note).toMatch(/chrono-node read it as Fri 15 Mar 2024.*refiner moved it back/);
  });

  it('marks a passage with no clue approximate, with low confidence', () => {
    const r = resolvePassage('The group refused to meet the government.', day('2019-05-04'), 'a');
    expect(r.date.approximate).toBe(true);
    expect(r.date.derivation.confidence).toBe('low');
    expect(r.clue).toBeNull();
  });
});

describe('findDateClues: a sentence with two dates', () => {
  it('finds both, each with its own interval', () => {
    const text =
      'The two sides had finalised a peace deal in August after nine rounds of talks started in Qatar in October 2019.';
    const clues = findDateClues(text, win('2019-12-04', '2019-12-06'));
    expect(clues.map((c) => [c.text, c.window.earliest, c.window.latest])).toEqual([
      ['August', '2019-08-01', '2019-08-31'],
      ['October 2019', '2019-10-01', '2019-10-31'],
    ]);
    expect(clues[1]!.explicit).toBe(true);
  });

  it('does not read a duration as a date', () => {
    expect(
      findDateClues('It is an offer for a ceasefire either for seven or 10 days, a source said.', day('2020-01-16')),
    ).toEqual([]);
  });
});
