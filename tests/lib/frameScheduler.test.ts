import { afterEach, expect, test, vi } from 'vitest';
import { createScheduler } from '../../src/lib/frameScheduler';

const frames: (() => void)[] = [];
vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
vi.stubGlobal('cancelAnimationFrame', (h: number) => {
  frames[h - 1] = () => {};
});
afterEach(() => {
  frames.length = 0;
});

test('many requests in one frame draw once, in the frame, never at once', () => {
  const canvas = vi.fn();
  const s = createScheduler({ canvas });
  s.request();
  s.requestCanvas();
  s.request();
  expect(canvas).not.toHaveBeenCalled();
  expect(frames).toHaveLength(1);
  frames[0]!();
  expect(canvas).toHaveBeenCalledTimes(1);
  s.request();
  expect(frames).toHaveLength(2);
});

test('flush draws a pending frame now and only once; destroy stops every later draw', () => {
  const canvas = vi.fn();
  const s = createScheduler({ canvas });
  s.flush();
  expect(canvas).not.toHaveBeenCalled();
  s.request();
  s.flush();
  expect(canvas).toHaveBeenCalledTimes(1);
  frames[0]!();
  expect(canvas).toHaveBeenCalledTimes(1);
  s.request();
  s.destroy();
  frames[1]!();
  s.request();
  expect(canvas).toHaveBeenCalledTimes(1);
  expect(frames).toHaveLength(2);
});

test('a canvas request leaves the DOM alone, and a DOM request the canvas', () => {
  const order: string[] = [];
  const s = createScheduler({ canvas: () => order.push('canvas'), dom: () => order.push('dom') });
  s.requestCanvas();
  frames[0]!();
  s.requestDom();
  frames[1]!();
  s.request();
  frames[2]!();
  expect(order).toEqual(['canvas', 'dom', 'canvas', 'dom']);
});

test('after-paint callbacks run once, after both passes of the next frame', () => {
  const order: string[] = [];
  const s = createScheduler({ canvas: () => order.push('canvas'), dom: () => order.push('dom') });
  s.request();
  s.afterPaint(() => order.push('after'));
  expect(frames).toHaveLength(1);
  frames[0]!();
  expect(order).toEqual(['canvas', 'dom', 'after']);
  s.request();
  frames[1]!();
  expect(order).toEqual(['canvas', 'dom', 'after', 'canvas', 'dom']);
});

test('an after-paint callback alone still gets a frame, and one queued during a frame waits for the next', () => {
  const order: string[] = [];
  const s = createScheduler({ canvas: () => order.push('canvas') });
  s.afterPaint(() => {
    order.push('first');
    s.afterPaint(() => order.push('second'));
  });
  frames[0]!();
  expect(order).toEqual(['first']);
  frames[1]!();
  expect(order).toEqual(['first', 'second']);
});
