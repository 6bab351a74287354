import Papa from 'papaparse';
import { BOM, csvCell, csvRow, escapeFormula, unescapeFormula } from '../../src/lib/csv';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' leading space', '" leading space"'],
    ['Kabul — Doha', 'Kabul — Doha'],
    // OWASP CSV injection: the six triggers get an apostrophe.
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    // Plain numbers cannot be formulas: a western longitude stays a number.
    ['-73.98', '-73.98'],
    ['+12', '+12'],
    ['1e5', '1e5'],
  ])('%j -> %j', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });

  test.each([
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [true, 'true'],
  ])('%j -> %j', (input, want) => expect(csvCell(input)).toBe(want));
});

describe('formula escaping reads back', () => {
  test.each(['=1+1', '+x', '-x', '@x', '\tx', '\rx', "'quoted already", 'plain', '-5'])('%j', (text) => {
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });
});

test('a row parses back with papaparse to the same cells, formula cells escaped', () => {
  const cells = ['id-1', 'a, "quoted" cell', 'line\nbreak', '=cmd|" /C calc"!A0', '-73.98', ''];
  const text = BOM + csvRow(['a', 'b', 'c', 'd', 'e', 'f']) + csvRow(cells);
  expect(text.startsWith('\uFEFFa,b')).toBe(true);
  expect(csvRow(cells).endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(parsed[1]).toEqual(['id-1', 'a, "quoted" cell', 'line\nbreak', `'=cmd|" /C calc"!A0`, '-73.98', '']);
  expect(parsed[1]!.map(unescapeFormula)).toEqual(cells);
});
