import { describe, expect, test } from 'vitest';
import { splitFlag } from '../../src/reader/EventCard';

describe('a flag leads with its whole first sentence', () => {
  test.each([
    ['one sentence stays whole', 'No other article gives the figure.', ['No other article gives the figure.', '']],
    [
      'two sentences: the first, then the rest',
      'The year cannot be right: talks that started in October 2019 could not have produced a deal in August 2019. October 2018 is meant.',
      [
        'The year cannot be right: talks that started in October 2019 could not have produced a deal in August 2019.',
        'October 2018 is meant.',
      ],
    ],
    [
      'a quote after the first sentence',
      'The dates disagree. "Khalilzad to Taliban…" says six rounds.',
      ['The dates disagree.', '"Khalilzad to Taliban…" says six rounds.'],
    ],
    [
      'no cut inside "U.S." or after a short stub',
      'U.S. officials said so. Others did not.',
      ['U.S. officials said so.', 'Others did not.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitFlag(text)).toEqual(expected);
  });
});
