import { afterEach, describe, expect, test, vi } from 'vitest';
import { SWIPE_END_MS, ZoomController, type Window } from '../../../src/timeline/core/zoomController';
import { MIN_WINDOW_MS } from '../../../src/timeline/core/limits';

const D = 86_400_000;
const full: Window = [0, 1000 * D];
let ctl: ZoomController | null = null;

function make(onChange: (w: Window, phase: string) => void = () => {}) {
  const el = document.createElement('div');
  document.body.append(el);
  ctl = new ZoomController(el, { full, width: 1000, height: 400 }, onChange);
  return ctl;
}

afterEach(() => {
  ctl?.destroy();
  ctl = null;
});

const close = (a: Window, b: Window) => {
  expect(a[0]).toBeCloseTo(b[0], -3);
  expect(a[1]).toBeCloseTo(b[1], -3);
};

describe('ZoomController', () => {
  test('a sideways swipe pans live and commits the window once, when it pauses', () => {
    vi.useFakeTimers();
    try {
      const phases: string[] = [];
      const c = make((_, phase) => phases.push(phase));
      c.setWindow([400 * D, 500 * D], 'live');
      phases.length = 0;
      const el = document.body.lastElementChild!;
      for (let k = 0; k < 10; k++) el.dispatchEvent(new WheelEvent('wheel', { deltaX: 20, deltaY: 0, cancelable: true }));
      expect(phases.filter((p) => p === 'end')).toEqual([]);
      // 10 events of 20 px at 100 days per 1000 px: 20 days later.
      close(c.window, [420 * D, 520 * D]);
      vi.advanceTimersByTime(SWIPE_END_MS + 10);
      expect(phases.filter((p) => p === 'end')).toEqual(['end']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('starts on the full window', () => {
    close(make().window, full);
  });

  test.each([
    // requested, shown
    [[100 * D, 200 * D], [100 * D, 200 * D]],
    [[-100 * D, 50 * D], [0, 150 * D]],
    [[900 * D, 1100 * D], [800 * D, 1000 * D]],
    [[10 * D, 10 * D + 1], [10 * D - MIN_WINDOW_MS / 2, 10 * D + MIN_WINDOW_MS / 2]],
    [[-1e15, 1e15], full],
  ] as [Window, Window][])('setWindow(%j) shows %j (clamped to the limits)', (w, shown) => {
    const c = make();
    c.setWindow(w);
    close(c.window, shown);
  });

  test.each([
    // factor, anchor px, expected window
    [2, 500, [250 * D, 750 * D]],
    [2, 0, [0, 500 * D]],
    [4, 1000, [750 * D, 1000 * D]],
  ] as [number, number, Window][])('zooming by %d at %d px keeps the time under that pixel', (factor, px, expected) => {
    const c = make();
    c.zoomBy(factor, px);
    close(c.window, expected);
  });

  test('panning moves by pixels at the current zoom, and stops at the edge of the data', () => {
    const c = make();
    c.setWindow([400 * D, 500 * D]);
    c.panBy(-100);
    close(c.window, [410 * D, 510 * D]);
    c.panBy(100000);
    close(c.window, [0, 100 * D]);
  });

  test('programmatic moves report the phase asked for: live frames are not committed', () => {
    const phases: string[] = [];
    const c = make((_w, phase) => phases.push(phase));
    phases.length = 0;
    c.setWindow([100 * D, 200 * D], 'live');
    expect(phases).not.toContain('end');
    c.setWindow([100 * D, 300 * D], 'end');
    expect(phases.at(-1)).toBe('end');
  });

  test('a new width keeps the same window', () => {
    const c = make();
    c.setWindow([100 * D, 200 * D]);
    c.update({ full, width: 500, height: 400 });
    close(c.window, [100 * D, 200 * D]);
  });
});
