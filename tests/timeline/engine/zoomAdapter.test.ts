// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { zoomTransform } from 'd3-zoom';
import { SWIPE_END_MS, ZoomAdapter } from '../../../src/timeline/engine/zoomAdapter';
import { Camera, type CameraChange } from '../../../src/timeline/core/camera';
import type { TimeWindow } from '../../../src/lib/timeWindow';

const D = 86_400_000;
const full: TimeWindow = [0, 1000 * D];
let adapter: ZoomAdapter | null = null;

function make() {
  const changes: CameraChange[] = [];
  const el = document.createElement('div');
  document.body.append(el);
  const camera = new Camera(full, 1000, (c) => {
    changes.push(c);
    if (c.source !== 'pointer') adapter?.sync(c.window);
  });
  adapter = new ZoomAdapter(el, camera, { full, width: 1000, height: 400 });
  return { el, camera, changes };
}

afterEach(() => {
  adapter?.destroy();
  adapter = null;
  document.body.replaceChildren();
});

const close = (a: TimeWindow, b: TimeWindow) => {
  expect(a[0]).toBeCloseTo(b[0], -3);
  expect(a[1]).toBeCloseTo(b[1], -3);
};

describe('d3-zoom as the camera adapter', () => {
  test('a sideways swipe pans the camera live and ends once, when it pauses', () => {
    vi.useFakeTimers();
    try {
      const { el, camera, changes } = make();
      camera.setWindow([400 * D, 500 * D], 'end', 'store');
      changes.length = 0;
      for (let k = 0; k < 10; k++)
        el.dispatchEvent(new WheelEvent('wheel', { deltaX: 20, deltaY: 0, cancelable: true }));
      expect(changes.filter((c) => c.phase === 'end')).toEqual([]);
      expect(new Set(changes.map((c) => c.source))).toEqual(new Set(['swipe']));
      // 10 events of 20 px at 100 days per 1000 px: 20 days later.
      close(camera.window, [420 * D, 520 * D]);
      vi.advanceTimersByTime(SWIPE_END_MS + 10);
      expect(changes.filter((c) => c.phase === 'end').map((c) => c.source)).toEqual(['swipe']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('moves made elsewhere reach d3 tagged as a sync: d3 follows, and nothing is reported back', () => {
    const { el, camera, changes } = make();
    camera.setWindow([100 * D, 200 * D], 'end', 'keys');
    expect(changes).toHaveLength(1);
    // d3's transform now shows the camera's window: a zoom of 10 from the 100th day.
    const t = zoomTransform(el);
    expect(t.k).toBeCloseTo(10);
    expect(t.x).toBeCloseTo(-1000);
  });

  test("a wheel zoom moves the camera live, as the pointer's, and ends once when the wheel rests", () => {
    vi.useFakeTimers();
    try {
      const { el, camera, changes } = make();
      for (let k = 0; k < 3; k++)
        el.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 500, cancelable: true }));
      const live = changes.filter((c) => c.phase === 'live');
      expect(live.length).toBeGreaterThan(0);
      expect(new Set(changes.map((c) => c.source))).toEqual(new Set(['pointer']));
      expect(changes.some((c) => c.phase === 'end')).toBe(false);
      expect(camera.window[1] - camera.window[0]).toBeLessThan(full[1] - full[0]);
      vi.advanceTimersByTime(500);
      expect(changes.filter((c) => c.phase === 'end')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a new width keeps the camera window and re-syncs d3 to it', () => {
    const { el, camera } = make();
    camera.setWindow([100 * D, 200 * D], 'end', 'keys');
    camera.setLimits(full, 500);
    adapter!.update({ full, width: 500, height: 400 });
    close(camera.window, [100 * D, 200 * D]);
    expect(zoomTransform(el).k).toBeCloseTo(10);
    expect(zoomTransform(el).x).toBeCloseTo(-500);
  });
});
