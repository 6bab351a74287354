import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TimelineEngine, type TimelineCallbacks } from '../../../src/timeline/engine/TimelineEngine';
import { pointOf } from '../../../src/timeline/engine/debugHook';
import { homeWindow } from '../../../src/data/home';
import type { TimeWindow } from '../../../src/lib/timeWindow';
import { all, makeIndex } from '../fixtures';
import { generateSynthetic } from '../../../src/data/synthetic';
import { oneLaneDensityBase, shareDensityBase } from '../../../src/data/densityBase';
import { fakeElements, fakePorts, key, manualFrames, mouse, runIdle } from './fakes';
import { createDerived } from '../../../src/timeline/core/derived';
import type { Frame } from '../../../src/timeline/core/frame';
import { buildLanes } from '../../../src/timeline/core/lanes';
import { buildVisibleIndex } from '../../../src/timeline/core/visible';

/*
 * The engine in plain Node: no canvas, no DOM, no store. Fake elements and ports stand in for the browser and the
 * React adapter's callbacks are spies, so these tests say what the engine tells the rest of the app, and when.
 */

const D = 86_400_000;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
// Ten events a week apart from 6 Jan 2020, and a home view on the first five weeks.
const index = Object.assign(
  makeIndex(
    Array.from({ length: 10 }, (_, k) => ({
      day: new Date(day('2020-01-06') + k * 7 * D).toISOString().slice(0, 10),
      actors: [k % 3],
    })),
  ),
  { home: [day('2020-01-06'), day('2020-02-09')] as [number, number] },
);

let raf: ReturnType<typeof manualFrames>;
let engine: TimelineEngine | null = null;

beforeEach(() => {
  raf = manualFrames();
  vi.stubGlobal('requestAnimationFrame', raf.request);
  vi.stubGlobal('cancelAnimationFrame', raf.cancel);
});

afterEach(() => {
  engine?.destroy();
  engine = null;
  vi.unstubAllGlobals();
});

function spies() {
  return { onCommitWindow: vi.fn(), onSelect: vi.fn(), onHover: vi.fn(), onError: vi.fn() } satisfies TimelineCallbacks;
}

function make(storeWindow: TimeWindow | null = null, selected: string | null = null) {
  const els = fakeElements();
  const { ports, log } = fakePorts();
  const cb = spies();
  const e = new TimelineEngine(els, cb, ports);
  engine = e;
  e.showWindow(storeWindow);
  e.select(selected, false);
  e.setData({ index, filtered: all(index), lanes: 'single', colourBy: 'actor' });
  raf.frame();
  return { e, els, log, cb, camera: log.camera! };
}

describe('the timeline engine, without a browser', () => {
  test('opens on the home window when the store has none, and on the store window when it has one', () => {
    expect(make().e.window).toEqual(homeWindow(index));
    const w: TimeWindow = [day('2020-02-01'), day('2020-03-01')];
    expect(make(w).e.window).toEqual(w);
  });

  test('a gesture is committed once, when it ends, and not on its live frames', () => {
    const { camera, cb } = make();
    const [from, to] = camera.window;
    for (let k = 1; k <= 5; k++) camera.setWindow([from + k * D, to + k * D], 'live', 'pointer');
    raf.frame();
    expect(cb.onCommitWindow).not.toHaveBeenCalled();
    camera.setWindow([from + 6 * D, to + 6 * D], 'end', 'pointer');
    expect(cb.onCommitWindow).toHaveBeenCalledTimes(1);
    expect(cb.onCommitWindow).toHaveBeenCalledWith([Math.round(from + 6 * D), Math.round(to + 6 * D)]);
  });

  test('a sideways swipe or a touch pan commits once at its end, and back at home the window is null', () => {
    const { e, camera, cb } = make([day('2020-02-01'), day('2020-03-01')]);
    for (let k = 0; k < 10; k++) camera.panBy(-20, 'live', 'swipe');
    expect(cb.onCommitWindow).not.toHaveBeenCalled();
    camera.end('swipe');
    expect(cb.onCommitWindow).toHaveBeenCalledTimes(1);
    camera.setWindow(e.home, 'live', 'touch');
    camera.end('touch');
    expect(cb.onCommitWindow).toHaveBeenLastCalledWith(null);
  });

  test("the store's window is shown and handed to the zoom adapter, but never committed back (no echo)", () => {
    const { e, log, cb } = make();
    const w: TimeWindow = [day('2020-01-20'), day('2020-02-20')];
    e.showWindow(w);
    expect(e.window).toEqual(w);
    expect(log.synced.at(-1)).toEqual(w);
    e.showWindow(null);
    expect(e.window).toEqual(homeWindow(index));
    expect(cb.onCommitWindow).not.toHaveBeenCalled();
  });

  test('the brush moves the camera live and commits at the end of its drag', () => {
    const { e, log, cb } = make();
    log.brush!([day('2020-02-01'), day('2020-02-15')], 'live');
    expect(e.window).toEqual([day('2020-02-01'), day('2020-02-15')]);
    expect(cb.onCommitWindow).not.toHaveBeenCalled();
    log.brush!([day('2020-02-01'), day('2020-02-16')], 'end');
    expect(cb.onCommitWindow).toHaveBeenCalledWith([day('2020-02-01'), day('2020-02-16')]);
  });

  test('status words wait for the end of a gesture, then say whether the view is density', () => {
    const { camera, log } = make();
    camera.panBy(-30, 'live', 'pointer');
    raf.frame();
    expect(log.overlays.at(-1)!.status).toBeNull();
    camera.end('pointer');
    raf.frame();
    expect(log.overlays.at(-1)!.status).toBe('');
  });

  test('hover, focus and selection reuse the laid-out frame and leave the DOM pass alone', () => {
    const { e, els, log, cb } = make();
    const frame = e.frame!;
    const domPasses = log.overlays.length;
    const p = pointOf(e, 'e1')!;
    els.canvas.dispatchEvent(mouse('mousemove', p.x, p.y));
    expect(cb.onHover).toHaveBeenLastCalledWith('e1');
    expect(els.tooltip.hidden).toBe(false);
    expect(els.tooltip.textContent).toContain('Event 1');
    raf.frame();
    expect(e.hover).toBe(1);
    expect(e.frame).toBe(frame);
    e.select('e2', false);
    raf.frame();
    expect(e.frame!.placed).toBe(frame.placed);
    expect(log.overlays.length).toBe(domPasses);
  });

  test('a filter change derives the visible events and the overview again, lazily, in the next frame', () => {
    const { e, log } = make();
    const before = log.overlays.at(-1)!.overview!;
    e.setData({ index, filtered: Uint32Array.of(0, 1, 2), lanes: 'single', colourBy: 'actor' });
    expect(log.overlays.at(-1)!.overview).toBe(before);
    raf.frame();
    const after = log.overlays.at(-1)!.overview!;
    expect(after).not.toBe(before);
    expect(after.reduce((a, b) => a + b, 0)).toBeLessThan(before.reduce((a, b) => a + b, 0));
    expect(e.frame!.placed.map((m) => m.ev).sort()).toEqual([0, 1, 2]);
  });

  test('a camera move hides the tooltip and drops the hover, telling the other views', () => {
    const { e, els, camera, cb } = make();
    const p = pointOf(e, 'e1')!;
    els.canvas.dispatchEvent(mouse('mousemove', p.x, p.y));
    camera.panBy(-10, 'live', 'pointer');
    expect(els.tooltip.hidden).toBe(true);
    expect(cb.onHover).toHaveBeenLastCalledWith(null);
  });

  test('a click on a mark selects its event through the callback and announces it', () => {
    const { e, els, cb } = make();
    const p = pointOf(e, 'e3')!;
    els.canvas.dispatchEvent(mouse('click', p.x, p.y));
    expect(cb.onSelect).toHaveBeenCalledWith('e3');
    expect(els.live.textContent).toMatch(/^Event 3\. .* 4 of 10\.$/);
  });

  test('scrolling the lanes repaints the canvas at the new offset, and only the canvas', () => {
    const { e, els, log } = make();
    const domPasses = log.overlays.length;
    (els.scroller as unknown as { scrollTop: number }).scrollTop = 40;
    els.scroller.dispatchEvent(new Event('scroll'));
    raf.frame();
    expect(e.frame!.geometry.scrollY).toBe(40);
    expect(log.overlays.length).toBe(domPasses);
  });

  test('a drawing failure is reported once, in words, and the engine keeps going', () => {
    const { e, els, cb } = make();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    Object.defineProperty(els.canvas, 'getContext', {
      value: () => {
        throw new Error('boom');
      },
    });
    e.request();
    raf.frame();
    e.request();
    raf.frame();
    expect(cb.onError).toHaveBeenCalledTimes(1);
    expect(cb.onError.mock.calls[0]![0]).toMatch(/The timeline could not be drawn \(boom\)/);
    quiet.mockRestore();
  });
});

describe('the keyboard model', () => {
  test('arrows move the focus in time order from the first event in view, and Enter selects it', () => {
    const { e, els, cb } = make([day('2020-01-19'), day('2020-03-01')]);
    els.root.dispatchEvent(new Event('focusin'));
    els.root.dispatchEvent(key('ArrowRight'));
    // The first event in view is the third (20 Jan); focus lands there.
    expect(e.focusPos).toBe(2);
    expect(els.live.textContent).toContain('3 of 10');
    els.root.dispatchEvent(key('ArrowRight'));
    expect(e.focusPos).toBe(3);
    els.root.dispatchEvent(key('Enter'));
    expect(cb.onSelect).toHaveBeenLastCalledWith('e3');
  });

  test("the focus tooltip waits for the frame that draws the focus, and then sits beside that frame's mark", () => {
    const { e, els } = make();
    els.root.dispatchEvent(new Event('focusin'));
    els.root.dispatchEvent(key('ArrowRight'));
    expect(els.tooltip.hidden).toBe(true);
    raf.frame();
    expect(els.tooltip.hidden).toBe(false);
    expect(els.tooltip.textContent).toContain(`Event ${e.focusPos}`);
  });

  test('moving the focus past the view pans to it, keeping the zoom, and commits that window', () => {
    const { e, els, cb } = make();
    const dur = e.window[1] - e.window[0];
    els.root.dispatchEvent(new Event('focusin'));
    els.root.dispatchEvent(key('End'));
    expect(e.focusPos).toBe(9);
    const t = index.start[9]!;
    expect(e.window[0]).toBeLessThan(t);
    expect(e.window[1]).toBeGreaterThan(t);
    expect(e.window[1] - e.window[0]).toBeCloseTo(dur, -3);
    expect(cb.onCommitWindow).toHaveBeenCalledTimes(1);
  });

  test('plus zooms in and 0 returns home, each committed once; Home shows every date', () => {
    const { e, els, cb } = make();
    const dur = e.window[1] - e.window[0];
    els.root.dispatchEvent(key('+'));
    expect(e.window[1] - e.window[0]).toBeLessThan(dur);
    expect(cb.onCommitWindow).toHaveBeenCalledTimes(1);
    els.root.dispatchEvent(key('0'));
    expect(e.window).toEqual(homeWindow(index));
    expect(cb.onCommitWindow).toHaveBeenLastCalledWith(null);
    els.root.dispatchEvent(key('Home'));
    expect(e.window).toEqual(e.full);
  });

  test('a selection made elsewhere, out of view, brings the view to it (a link with a window does not)', () => {
    const { e } = make([day('2020-01-06'), day('2020-01-20')]);
    e.select('e8', true);
    const t = index.start[8]!;
    expect(e.window[0]).toBeLessThan(t);
    expect(e.window[1]).toBeGreaterThan(t);
    const before = e.window;
    e.select('e0', false);
    expect(e.window).toBe(before);
  });
});

describe('new data with many events in one lane', () => {
  const big = generateSynthetic(220_000, 4);
  const bigRows = all(big);

  test('keeps showing the last data while its density is counted in steps, then shows it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { e } = make();
      e.setData({ index: big, filtered: bigRows, lanes: 'single', colourBy: 'theme' });
      expect(e.data?.index).toBe(index);
      vi.runAllTimers();
      expect(e.data?.index).toBe(big);
      raf.frame();
      expect(e.frame?.mode).toBe('density');
      expect(Math.max(...e.frame!.grid!.max)).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test("is shown at once when a search's answer brought its density base", () => {
    const { e } = make();
    const rows = bigRows.subarray(0, 210_000);
    shareDensityBase(rows, 'one', oneLaneDensityBase(big, rows, 'one'));
    e.setData({ index: big, filtered: rows, lanes: 'single', colourBy: 'actor' });
    expect(e.data?.filtered).toBe(rows);
  });

  test('after a dense frame the other density levels are built in idle steps, which end, and zooms draw the same', () => {
    const rows = bigRows.subarray(0, 210_000);
    const grids = (warm: boolean) => {
      const { e, els, log } = make();
      shareDensityBase(rows, 'one', oneLaneDensityBase(big, rows, 'one'));
      e.setData({ index: big, filtered: rows, lanes: 'single', colourBy: 'actor' });
      els.root.dispatchEvent(key('Home'));
      raf.frame();
      expect(e.frame?.mode).toBe('density');
      if (warm) {
        expect(log.idle.length).toBe(1);
        const steps = runIdle(log);
        expect(steps).toBeGreaterThan(3);
        expect(steps).toBeLessThan(1000);
        expect(log.idle).toEqual([]);
      }
      const out: number[][] = [];
      for (let k = 0; k < 4; k++) {
        els.root.dispatchEvent(key('+'));
        raf.frame();
        out.push([...(e.frame!.grid?.counts ?? [])]);
      }
      e.destroy();
      engine = null;
      return out;
    };
    expect(grids(true)).toEqual(grids(false));
  });

  /** Zooms in by keys from a dense view until the view (laid out at once, off the page) shows single marks. */
  function zoomToFirstMarks(e: TimelineEngine, els: ReturnType<typeof fakeElements>) {
    for (let steps = 0; steps < 40; steps++) {
      els.root.dispatchEvent(key('+'));
      const input = { ...e.data!, selected: -1 };
      const probe = createDerived().frame({
        index: input.index,
        vis: buildVisibleIndex(input.filtered, input.index.start, input.index.end),
        lanes: buildLanes(input.index, input.filtered, input.lanes),
        scale: e.scale,
        viewHeight: e.height,
        scrollY: 0,
        labelWidth: e.labelWidth,
        splitByTheme: false,
        selected: -1,
      });
      if (probe.mode === 'marks') return probe;
      raf.frame();
    }
    throw new Error('no view of single marks after 40 zooms');
  }

  test('a first view of single marks after density is laid out over frames while the density stands in, then drawn', () => {
    const rows = bigRows.subarray(0, 210_000);
    const { e, els, log } = make();
    shareDensityBase(rows, 'one', oneLaneDensityBase(big, rows, 'one'));
    e.setData({ index: big, filtered: rows, lanes: 'single', colourBy: 'actor' });
    raf.frame();
    const atOnce = zoomToFirstMarks(e, els);
    const density = e.frame!;
    expect(density.mode).toBe('density');
    expect(log.overlays.at(-1)!.status).toMatch(/drawn as density/);
    // A slow machine: each reading of the clock is half a millisecond later, so a frame's share runs a few chunks.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.5));
    const shown: Frame[] = [];
    for (let k = 0; k < 8 && e.frame?.mode !== 'marks'; k++) {
      raf.frame();
      shown.push(e.frame!);
    }
    vi.restoreAllMocks();
    // Some frames showed the density, each asking for the next, and never an unfinished layout; the layout went on
    // where it stopped, so it was done before the stand-in's limit (six frames) made the engine finish it at once.
    const waited = shown.slice(0, -1);
    expect(waited.length).toBeGreaterThan(1);
    expect(waited.length).toBeLessThan(6);
    for (const f of waited) expect(f).toBe(density);
    // Then the marks, laid out exactly as in one go, with status words that say so in the same frame.
    const marks = shown.at(-1)!;
    expect(marks.mode).toBe('marks');
    expect(marks.placed).toEqual(atOnce.placed);
    expect(marks.badges).toEqual(atOnce.badges);
    expect(log.overlays.at(-1)!.status).toBe('');
  });

  test('a zoom that moves on every frame still shows its single marks within a few frames', () => {
    const rows = bigRows.subarray(0, 210_000);
    const { e, els } = make();
    shareDensityBase(rows, 'one', oneLaneDensityBase(big, rows, 'one'));
    e.setData({ index: big, filtered: rows, lanes: 'single', colourBy: 'actor' });
    raf.frame();
    zoomToFirstMarks(e, els);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const modes: string[] = [];
    for (let k = 0; k < 8; k++) {
      // A little further in each frame: no layout is ever asked for twice.
      e.zoomBy(1.02);
      raf.frame();
      modes.push(e.frame!.mode);
    }
    vi.restoreAllMocks();
    expect(modes.slice(0, 7)).toContain('marks');
    expect(modes.at(-1)).toBe('marks');
  });
});
