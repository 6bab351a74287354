import { describe, expect, test } from 'vitest';
import { Camera, type CameraChange } from '../../../src/timeline/core/camera';
import { MIN_WINDOW_MS } from '../../../src/timeline/core/limits';
import type { TimeWindow } from '../../../src/lib/timeWindow';

const D = 86_400_000;
const full: TimeWindow = [0, 1000 * D];

function make(start: TimeWindow = full) {
  const changes: CameraChange[] = [];
  const camera = new Camera(full, 1000, (c) => changes.push(c), start);
  return { camera, changes };
}

const close = (a: readonly number[], b: readonly number[]) => {
  expect(a[0]).toBeCloseTo(b[0]!, -3);
  expect(a[1]).toBeCloseTo(b[1]!, -3);
};

describe('the camera', () => {
  test('starts on the window it is given, inside the limits', () => {
    close(make().camera.window, full);
    close(make([-100 * D, 50 * D]).camera.window, [0, 150 * D]);
  });

  test.each([
    // requested, shown
    [
      [100 * D, 200 * D],
      [100 * D, 200 * D],
    ],
    [
      [-100 * D, 50 * D],
      [0, 150 * D],
    ],
    [
      [900 * D, 1100 * D],
      [800 * D, 1000 * D],
    ],
    [
      [10 * D, 10 * D + 1],
      [10 * D - MIN_WINDOW_MS / 2, 10 * D + MIN_WINDOW_MS / 2],
    ],
    [[-1e15, 1e15], full],
    [[Number.NaN, 5], full],
  ] as [TimeWindow, TimeWindow][])('setWindow(%j) shows %j (clamped to the limits)', (w, shown) => {
    const { camera } = make();
    camera.setWindow(w);
    close(camera.window, shown);
  });

  test.each([
    // factor, anchor px, expected window
    [2, 500, [250 * D, 750 * D]],
    [2, 0, [0, 500 * D]],
    [4, 1000, [750 * D, 1000 * D]],
    [0.5, 500, full],
  ] as [number, number, TimeWindow][])(
    'zooming by %d at %d px keeps the time under that pixel',
    (factor, px, expected) => {
      const { camera } = make();
      camera.zoomBy(factor, px);
      close(camera.window, expected);
    },
  );

  test('zooming past the shortest window stops at a day, with the anchor still under the pointer', () => {
    const { camera } = make([100 * D, 110 * D]);
    const at = 100 * D + 10 * D * 0.3;
    camera.zoomBy(1000, 300);
    expect(camera.window[1] - camera.window[0]).toBeCloseTo(MIN_WINDOW_MS, -3);
    expect(camera.window[0] + (camera.window[1] - camera.window[0]) * 0.3).toBeCloseTo(at, -3);
  });

  test('panning moves by pixels at the current zoom, and stops at the edge of the data', () => {
    const { camera } = make([400 * D, 500 * D]);
    camera.panBy(-100);
    close(camera.window, [410 * D, 510 * D]);
    camera.panBy(100000);
    close(camera.window, [0, 100 * D]);
  });

  test('every move is reported once, with its phase and its source', () => {
    const { camera, changes } = make();
    camera.setWindow([100 * D, 200 * D], 'live', 'pointer');
    camera.panBy(10, 'live', 'touch');
    camera.end('touch');
    camera.zoomBy(2, 500, 'end', 'keys');
    expect(changes.map((c) => [c.phase, c.source])).toEqual([
      ['live', 'pointer'],
      ['live', 'touch'],
      ['end', 'touch'],
      ['end', 'keys'],
    ]);
    expect(changes.at(-1)!.window).toBe(camera.window);
  });

  test('a live move that changes nothing is not reported; an end is, so the gesture is committed', () => {
    const { camera, changes } = make([0, 100 * D]);
    camera.panBy(50, 'live', 'swipe');
    expect(changes).toEqual([]);
    camera.end('swipe');
    expect(changes.map((c) => c.phase)).toEqual(['end']);
  });

  test('new limits keep the window where they can, and pull it inside where they cannot', () => {
    const { camera, changes } = make([100 * D, 200 * D]);
    camera.setLimits(full, 500);
    close(camera.window, [100 * D, 200 * D]);
    expect(changes).toEqual([]);
    expect(camera.width).toBe(500);
    camera.setLimits([150 * D, 400 * D], 500);
    close(camera.window, [150 * D, 250 * D]);
    expect(changes.map((c) => c.source)).toEqual(['limits']);
  });
});
