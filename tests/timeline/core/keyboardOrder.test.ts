import { describe, expect, test } from 'vitest';
import { moveFocus, PAGE_STEP, positionOf } from '../../../src/timeline/core/keyboardOrder';
import { keyAction } from '../../../src/timeline/core/keyMap';

describe('keyboard order', () => {
  test.each([
    // current, key, count, anchor, expected
    [-1, 'next', 10, -1, 0],
    [-1, 'next', 10, 4, 4],
    [-1, 'prev', 10, 4, 4],
    [-1, 'last', 10, 4, 9],
    [3, 'next', 10, -1, 4],
    [9, 'next', 10, -1, 9],
    [3, 'prev', 10, -1, 2],
    [0, 'prev', 10, -1, 0],
    [3, 'pageNext', 30, -1, 3 + PAGE_STEP],
    [25, 'pageNext', 30, -1, 29],
    [5, 'pagePrev', 30, -1, 0],
    [5, 'first', 30, -1, 0],
    [5, 'last', 30, -1, 29],
    [0, 'next', 0, -1, -1],
  ] as const)('from %d, %s among %d (anchor %d) goes to %d', (cur, key, count, anchor, expected) => {
    expect(moveFocus(cur, key, count, anchor)).toBe(expected);
  });

  test.each([
    [[2, 5, 9, 14], 9, 2],
    [[2, 5, 9, 14], 2, 0],
    [[2, 5, 9, 14], 14, 3],
    [[2, 5, 9, 14], 6, -1],
    [[], 1, -1],
  ])('in %j event %d is at %d', (list, i, pos) => {
    expect(positionOf(Uint32Array.from(list), i)).toBe(pos);
  });

  test.each([
    ['ArrowRight', false, { kind: 'move', key: 'next' }],
    ['ArrowLeft', false, { kind: 'move', key: 'prev' }],
    ['ArrowRight', true, { kind: 'pan', fraction: -0.2 }],
    ['ArrowLeft', true, { kind: 'pan', fraction: 0.2 }],
    ['+', false, { kind: 'zoom', factor: 2 }],
    ['-', false, { kind: 'zoom', factor: 0.5 }],
    ['0', false, { kind: 'home' }],
    ['Home', false, { kind: 'fit' }],
    ['End', false, { kind: 'move', key: 'last' }],
    ['Enter', false, { kind: 'select' }],
    ['Tab', false, null],
  ])('%s (shift %s) means %j', (key, shiftKey, action) => {
    expect(keyAction({ key, shiftKey, ctrlKey: false, metaKey: false, altKey: false })).toEqual(action);
  });

  test('keys with Ctrl, Alt or Cmd are left to the browser', () => {
    expect(keyAction({ key: '+', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
  });
});
