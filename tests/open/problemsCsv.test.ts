import { describe, expect, test } from 'vitest';
import { problemsCsv, problemWords } from '../../src/open/problemsCsv';

describe('the list of skipped rows', () => {
  test('names row, column and reason in words', () => {
    expect(problemWords({ row: 17, column: 'event_date', message: "'Marhc 2020' is not a date" })).toBe(
      "row 17, event_date: 'Marhc 2020' is not a date",
    );
    expect(problemWords({ row: 3, column: '', message: 'has 2 cells, the header 31' })).toBe(
      'row 3: has 2 cells, the header 31',
    );
  });

  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    // A cell a spreadsheet would run as a formula is kept as text.
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-3', "'-3"],
  ])('a reason %j is written as %s', (message, cell) => {
    expect(problemsCsv([{ row: 2, column: 'c', message }])).toBe(`row,column,reason\r\n2,c,${cell}\r\n`);
  });
});
