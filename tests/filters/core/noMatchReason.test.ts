import { describe, expect, test } from 'vitest';
import { noMatchReason } from '../../../src/filters/core/noMatchReason';
import { parseQuery } from '../../../src/lib/searchMatches';

describe('noMatchReason', () => {
  test.each<[string, number, number[] | null, string | null]>([
    ['doha', 3, [3], null],
    ['', 0, [], null],
    ['zzz', 0, [0], 'No event has a word starting with “zzz”.'],
    ['khalilzad zzz', 0, [5, 0], 'No event has a word starting with “zzz”; every word must match.'],
    ['qqq khalilzad zzz', 0, [0, 5, 0], 'No event has a word starting with “qqq” or “zzz”; every word must match.'],
    ['khalilzad oslo', 0, [5, 2], 'Each word is found, but no event has both together.'],
    ['khalilzad oslo doha', 0, [5, 2, 3], 'Each word is found, but no event has all 3 together.'],
    ['khalilzad oslo', 0, null, 'No event has all of these words.'],
  ])('%j (found %i, per word %j)', (q, found, perTerm, expected) => {
    expect(noMatchReason(parseQuery(q), found, perTerm)).toBe(expected);
  });
});
