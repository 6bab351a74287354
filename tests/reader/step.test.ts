import { describe, expect, test } from 'vitest';
import { placeOf, stepIntoWindow, stepPosition } from '../../src/reader/step';

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

describe('stepIntoWindow: the first step with nothing selected starts from the dates in view', () => {
  // Events 0..5 start on days 0, 10, 20, 30, 40, 50; events 1 and 4 are filtered out.
  const start = Float64Array.from([0, 10, 20, 30, 40, 50]);
  const visible = Uint32Array.from([0, 2, 3, 5]);
  test.each([
    ['next: the first shown event starting in the window', [15, 45], 1, 2],
    ['previous: the last shown event starting before the window ends', [15, 45], -1, 3],
    ['next when the window starts on an event: that event', [20, 45], 1, 2],
    ['previous when the window ends on an event: the one before it (the end is exclusive)', [15, 30], -1, 2],
    ['next with the window past every event: the nearest, the last', [60, 90], 1, 5],
    ['previous with the window before every event: the nearest, the first', [-20, -10], -1, 0],
    ['no window: the first', null, 1, 0],
    ['no window: the last', null, -1, 5],
  ] as const)('%s', (_n, window, dir, expected) => {
    expect(stepIntoWindow(visible, start, window, dir)).toBe(expected);
  });

  test('nothing shown: nowhere to go', () => {
    expect(stepIntoWindow(new Uint32Array(0), start, [15, 45], 1)).toBe(-1);
  });
});
