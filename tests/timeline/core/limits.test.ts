import { describe, expect, test } from 'vitest';
import { clampWindow, fitWindow, fullWindow, MIN_WINDOW_MS, windowOrHome } from '../../../src/timeline/core/limits';
import { homeWindow } from '../../../src/data/home';
import { wheelZoomExponent, MAX_WHEEL_STEP } from '../../../src/timeline/core/wheel';

const D = 86_400_000;
const full: [number, number] = [0, 1000 * D];

describe('zoom limits', () => {
  test('the full window is the span with a margin each side', () => {
    const [a, b] = fullWindow([100 * D, 200 * D]);
    expect(a).toBeLessThan(100 * D);
    expect(b).toBeGreaterThan(200 * D);
    expect((b - a) / (100 * D)).toBeCloseTo(1.06, 5);
  });

  test('a one-day dataset still gets a few days of room', () => {
    const [a, b] = fullWindow([0, D]);
    expect(b - a).toBeGreaterThanOrEqual(4 * D);
  });

  test.each([
    // requested, expected
    [
      [10 * D, 20 * D],
      [10 * D, 20 * D],
    ],
    [
      [10 * D, 10 * D + 1000],
      [10 * D + 500 - D / 2, 10 * D + 500 + D / 2],
    ],
    [
      [-50 * D, -40 * D],
      [0, 10 * D],
    ],
    [
      [995 * D, 1005 * D],
      [990 * D, 1000 * D],
    ],
    [
      [-5000 * D, 5000 * D],
      [0, 1000 * D],
    ],
  ])('%j is clamped to %j', (w, expected) => {
    const [a, b] = clampWindow(w as [number, number], full);
    expect(a).toBeCloseTo(expected[0]!, -1);
    expect(b).toBeCloseTo(expected[1]!, -1);
    expect(b - a).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
  });

  test('fitting a badge of events keeps all of them in view, with room', () => {
    const [a, b] = fitWindow(100 * D, 103 * D, full);
    expect(a).toBeLessThan(100 * D);
    expect(b).toBeGreaterThan(103 * D);
    expect(b - a).toBeLessThan(6 * D);
  });
});

describe('the home view', () => {
  const span: [number, number] = [0, 1000 * D];
  test.each([
    ['a home inside the span is shown as it is', [600 * D, 900 * D], [600 * D, 900 * D]],
    ['a home that is the whole span is the full window, margins and all', span, fullWindow(span)],
    [
      'a home reaching past the limits is pulled inside them',
      [900 * D, 1200 * D],
      [fullWindow(span)[1] - 300 * D, fullWindow(span)[1]],
    ],
  ])('%s', (_, home, expected) => {
    const [a, b] = homeWindow({ home: home as [number, number], span });
    expect(a).toBeCloseTo(expected[0]!, -1);
    expect(b).toBeCloseTo(expected[1]!, -1);
  });

  const home: [number, number] = [600 * D, 900 * D];
  test.each([
    ['the home window itself', home, null],
    ['home moved by rounding only', [600 * D + 1000, 900 * D - 1000], null],
    ['a view panned a week away', [607 * D, 907 * D], [607 * D, 907 * D]],
    ['every date (Fit all)', [0, 1000 * D], [0, 1000 * D]],
    ['a view zoomed in, rounded to the millisecond', [700 * D + 0.4, 701 * D], [700 * D, 701 * D]],
  ])('%s is stored as %j', (_, w, expected) => {
    expect(windowOrHome(w as [number, number], home)).toEqual(expected);
  });
});

describe('wheel normalisation', () => {
  test.each([
    // deltaY, deltaMode, ctrl, sign of result
    [-100, 0, false, 1],
    [100, 0, false, -1],
    [-3, 1, false, 1],
    [-1, 2, false, 1],
    [-2, 0, true, 1],
  ])('deltaY %d (mode %d, ctrl %s) zooms in the expected direction', (dy, mode, ctrl, sign) => {
    expect(Math.sign(wheelZoomExponent(dy, mode, ctrl))).toBe(sign);
  });

  test.each([
    [-100000, 0],
    [-50, 1],
    [-10, 2],
    [100000, 0],
  ])('a huge flick (%d in mode %d) is capped to one step', (dy, mode) => {
    expect(Math.abs(wheelZoomExponent(dy, mode, false))).toBe(MAX_WHEEL_STEP);
  });

  test('a line-mode mouse notch and a pixel-mode notch zoom by a similar amount', () => {
    expect(wheelZoomExponent(-3, 1, false)).toBeCloseTo(wheelZoomExponent(-48, 0, false), 6);
  });
});
