import { describe, expect, test } from 'vitest';
import { WordWidths, wordWidths } from '../../../src/timeline/draw/textWidths';
import { fakeMeasurer as fake } from './fakeMeasurer';

const TEXTS = [
  'Taliban meets Doha',
  'a b a b',
  ' leading and trailing ',
  'double  space',
  'one',
  '',
  'Abdul Álvarez signs an accord…',
];

describe('WordWidths', () => {
  test.each(TEXTS)('sums words to what the measurer gives: %j', (text) => {
    const m = fake();
    const table = new WordWidths(m, '12px x');
    expect(table.width(text)).toBe(m.measureText(text).width);
    expect(table.ceil(text)).toBe(Math.ceil(m.measureText(text).width));
  });

  test.each(TEXTS)('tells whether each cut with an ellipsis fits, as measuring the cut does: %j', (text) => {
    const m = fake();
    const table = new WordWidths(m, '12px x');
    for (const room of [0, 10, 30.25, 55, 1000]) {
      const fits = table.cutFits(text, room);
      for (let k = 1; k <= text.length; k++)
        expect(fits(k), `${k} in ${room}`).toBe(m.measureText(`${text.slice(0, k)}…`).width <= room);
    }
  });

  test('measures each word once, however many titles share it', () => {
    const m = fake();
    const table = new WordWidths(m, '12px x');
    for (let k = 0; k < 200; k++) table.width('Taliban meets Doha');
    for (let k = 0; k < 200; k++) table.width('Doha meets Taliban');
    // Three words and the space, plus the first titles checked against a whole measurement.
    expect(m.calls).toBeLessThan(60);
    expect(table.exact).toBe(true);
  });

  test('measures every string whole from the first sum that disagrees (a font that kerns across spaces)', () => {
    const m = fake(true);
    const table = new WordWidths(m, '12px x');
    expect(table.width('plain words')).toBe(m.measureText('plain words').width);
    expect(table.width('a b')).toBe(m.measureText('a b').width);
    expect(table.exact).toBe(false);
    expect(table.width('a ba b')).toBe(m.measureText('a ba b').width);
  });

  test('sets its font on the measurer before measuring, and keeps one table per measurer and font', () => {
    const m = fake();
    const t1 = wordWidths(m, '12px x');
    expect(wordWidths(m, '12px x')).toBe(t1);
    expect(wordWidths(m, '600 12px x')).not.toBe(t1);
    t1.width('word');
    expect(m.font).toBe('12px x');
  });
});
