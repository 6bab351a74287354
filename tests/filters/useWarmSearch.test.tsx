import { renderHook } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { buildHaystack } from '../../src/data/searchHaystack';
import { useWarmSearch } from '../../src/filters/useWarmSearch';
import { manyActorsIndex } from './fixture';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('the search haystack is built in the background, a slice at a time, after the panel mounts', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestIdleCallback', undefined);
  const index = manyActorsIndex(10, 3000);
  // A clock that moves 0.01 ms per event read, so each 8 ms slice reads at most ~800 events.
  let calls = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => calls * 0.01);
  const text = index.searchText;
  index.searchText = (i) => (calls++, text(i));
  renderHook(() => useWarmSearch(index));
  expect(calls).toBe(0); // nothing happens until the page is idle
  vi.advanceTimersByTime(50);
  expect(calls).toBeGreaterThan(0);
  expect(calls).toBeLessThan(1500);
  expect(buildHaystack(index, 0)).toBeNull();
  for (let k = 0; k < 50 && !buildHaystack(index, 0); k++) vi.advanceTimersByTime(50);
  expect(buildHaystack(index, 0)?.starts.length).toBe(3001);
  expect(calls).toBe(3000); // each event's text is read once
});
