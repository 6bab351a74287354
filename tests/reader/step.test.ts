import { describe, expect, test } from 'vitest';
import { placeOf, stepPosition } from '../../src/reader/step';

const shown = Uint32Array.from([2, 5, 9]);

describe('stepPosition', () => {
  test.each([
    ['next from a shown event', 5, 1, 9],
    ['previous from a shown event', 5, -1, 2],
    ['next from the last: nowhere', 9, 1, -1],
    ['previous from the first: nowhere', 2, -1, -1],
    ['next from a filtered-out event goes to the next shown one in time', 6, 1, 9],
    ['previous from a filtered-out event', 6, -1, 5],
    ['next with nothing selected: the first', -1, 1, 2],
    ['previous with nothing selected: the last', -1, -1, 9],
  ] as const)('%s', (_n, current, dir, expected) => {
    expect(stepPosition(shown, current, dir)).toBe(expected);
  });

  test('no shown events: nowhere to go', () => {
    expect(stepPosition(new Uint32Array(0), -1, 1)).toBe(-1);
  });

  test.each([
    [2, 1],
    [9, 3],
    [6, 0],
  ])('placeOf(%i) is %i', (current, expected) => {
    expect(placeOf(shown, current)).toBe(expected);
  });
});
