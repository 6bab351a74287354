import { describe, expect, test } from 'vitest';
import { clip } from '../../src/lib/clip';
import { quote } from '../../src/url/params';

describe('clip cuts at grapheme boundaries', () => {
  test.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 2, '👨‍👩‍👧‍👦…'],
    ['🇦🇫🇺🇸🇶🇦', 2, '🇦🇫…'],
    ['e\u0301e\u0301e\u0301', 2, 'e\u0301…'],
  ])('%j to %i', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  test('a notice quoting a long value never ends in half an emoji', () => {
    for (let pad = 0; pad < 4; pad++) {
      const q = quote('x'.repeat(36 + pad) + '😀'.repeat(10));
      expect(q).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      expect(q.endsWith("…'")).toBe(true);
    }
    expect(quote('x'.repeat(38) + '🇦🇫🇺🇸🇶🇦')).toBe(`'${'x'.repeat(38)}🇦🇫…'`);
  });
});
