import { describe, expect, test } from 'vitest';
import { searchMatches } from '../../src/lib/searchMatches';

describe('searchMatches', () => {
  test.each([
    ['Khalilzad tweeted', 'khalilzad', [[0, 9]]],
    ['Zabīhullāh Mujahid', 'zabihullah', [[0, 10]]],
    ['the “all sides” offer', '"all sides"', [[4, 15]]],
    ['cease-fire and ceasefire', 'ceasefire', [[15, 24]]],
    ['Taliban, taliban, TALIBAN', 'taliban', [[0, 7], [9, 16], [18, 25]]],
    ['nothing here', 'doha', []],
    ['anything', '   ', []],
  ])('%s / %s', (text, query, expected) => {
    expect(searchMatches(text, query)).toEqual(expected);
  });

  test('offsets point at the original text', () => {
    const text = 'Afghan President Ashraf Ghani said';
    const [[s, e]] = searchMatches(text, 'ASHRAF GHANI') as [[number, number]];
    expect(text.slice(s, e)).toBe('Ashraf Ghani');
  });
});
