import { useEffect } from 'react';
import type { EventIndex } from '../data/model';
import { HAYSTACK_MAX, buildHaystack } from '../data/searchHaystack';
import { workClientOf } from '../state/workClient';

/** Events added per step; a step costs about a millisecond on synthetic data. */
const STEP = 250;

type Deadline = { timeRemaining(): number };

/**
 * Builds the search haystack in idle moments after loading, so the first search is as quick as the rest.
 * Each idle callback stops while a few milliseconds remain, so zooming and panning never wait for it.
 */
export function useWarmSearch(index: EventIndex): void {
  useEffect(() => {
    // Big data is searched in the worker (state/searchAnswer.ts), which builds its own index.
    if (index.count > HAYSTACK_MAX || workClientOf(index)) return;
    let cancelled = false;
    const later = (fn: (d: Deadline) => void) => {
      if (typeof requestIdleCallback === 'function') return requestIdleCallback(fn);
      // Without idle callbacks (Safari): 8 ms slices, 50 ms apart.
      return setTimeout(() => {
        const t0 = performance.now();
        fn({ timeRemaining: () => Math.max(0, 8 - (performance.now() - t0)) });
      }, 50);
    };
    const step = (deadline: Deadline) => {
      if (cancelled) return;
      do {
        if (buildHaystack(index, STEP)) return;
      } while (deadline.timeRemaining() > 3);
      later(step);
    };
    later(step);
    return () => {
      cancelled = true;
    };
  }, [index]);
}
