import { useEffect } from 'react';
import type { EventIndex } from '../data/model';
import { HAYSTACK_MAX, buildHaystack } from '../data/searchHaystack';

const SLICE = 2000;

/** Builds the search haystack in idle moments after loading, so the first search is as quick as the rest. */
export function useWarmSearch(index: EventIndex): void {
  useEffect(() => {
    if (index.count > HAYSTACK_MAX) return;
    let cancelled = false;
    const later = (fn: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 30);
    const step = () => {
      if (cancelled) return;
      if (!buildHaystack(index, SLICE)) later(step);
    };
    later(step);
    return () => {
      cancelled = true;
    };
  }, [index]);
}
