import { describe, expect, test } from 'vitest';
import { paragraphs } from '../../src/reader/paragraphs';

const texts = (text: string, hidden: { start: number; end: number }[] = []) =>
  paragraphs(text, hidden).map((p) => text.slice(p.start, p.end));

describe('paragraphs', () => {
  test.each([
    ['blank lines separate paragraphs', 'One.\n\nTwo.\n\n\nThree.', [], ['One.', 'Two.', 'Three.']],
    [
      'files are not hard-wrapped: every line is a paragraph',
      'Line one\nline two\n\nNext',
      [],
      ['Line one', 'line two', 'Next'],
    ],
    ['white space around paragraphs is trimmed, blank-only ones dropped', '  \n\n  A  \n \n\n B\n', [], ['A', 'B']],
    ['carriage returns count as line breaks', 'A\r\n\r\nB', [], ['A', 'B']],
    [
      'hidden chrome is cut out and splits what it sits between',
      'Home / News\nTitle\n\nBody text.',
      [{ start: 0, end: 11 }],
      ['Title', 'Body text.'],
    ],
    ['a paragraph that is all chrome disappears', 'Menu\n\nBody.', [{ start: 0, end: 4 }], ['Body.']],
    [
      'overlapping hidden runs are merged',
      'xxABCyy',
      [
        { start: 0, end: 3 },
        { start: 1, end: 2 },
        { start: 5, end: 7 },
      ],
      ['BC'],
    ],
  ] as const)('%s', (_n, text, hidden, expected) => {
    expect(texts(text, [...hidden])).toEqual(expected);
  });

  test('offsets are those of the raw text', () => {
    const text = 'Menu\n\nBody one.\n\nBody two.';
    expect(paragraphs(text, [{ start: 0, end: 4 }])).toEqual([
      { start: 6, end: 15 },
      { start: 17, end: 26 },
    ]);
  });
});
