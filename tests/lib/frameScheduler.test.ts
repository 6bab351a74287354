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
  const draw = vi.fn();
  const s = createScheduler(draw);
  s.request();
  s.request();
  s.request();
  expect(draw).not.toHaveBeenCalled();
  expect(frames).toHaveLength(1);
  frames[0]!();
  expect(draw).toHaveBeenCalledTimes(1);
  s.request();
  expect(frames).toHaveLength(2);
});

test('flush draws a pending frame now and only once; destroy stops every later draw', () => {
  const draw = vi.fn();
  const s = createScheduler(draw);
  s.flush();
  expect(draw).not.toHaveBeenCalled();
  s.request();
  s.flush();
  expect(draw).toHaveBeenCalledTimes(1);
  frames[0]!();
  expect(draw).toHaveBeenCalledTimes(1);
  s.request();
  s.destroy();
  frames[1]!();
  s.request();
  expect(draw).toHaveBeenCalledTimes(1);
  expect(frames).toHaveLength(2);
});
