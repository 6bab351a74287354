import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { searchNeedle, type FilterCriteria } from '../data/filter';
import type { EventIndex } from '../data/model';
import { Superseded, type WorkClient } from '../data/worker/client';
import { useEnvoy } from './useEnvoy';
import { useFilterCriteria } from './useFilterCriteria';
import { useSearchState } from './searchAnswer';
import { workClientOf } from './workClient';
import { selectWindow } from './selectors';

/** How long counts wait after a search's answer while the search is being typed (see useWindowCounts). */
export const TYPING_COUNTS_MS = 120;

/** One kind of count over the events in view: asked of the worker, or counted here with the search's answer. */
export interface WindowCounter<T> {
  inWorker(client: WorkClient, c: FilterCriteria, window: [number, number] | null): Promise<T>;
  here(index: EventIndex, c: FilterCriteria, window: readonly [number, number] | null, mask: Uint8Array | null): T;
}

/**
 * Counts for the visible window (the home view when it is null), with the search's latest answer. The window is
 * deferred so that panning never waits for the counts. On big data the worker counts and the last counts stay until
 * the new ones arrive, so a toggle or a zoom never blocks input. `counter` must be a module-level constant.
 */
export function useWindowCounts<T>(counter: WindowCounter<T>): T {
  const index = useIndex();
  const criteria = useFilterCriteria();
  // The search answer on screen (the worker's on big data), never a search of every event here.
  const { answer } = useSearchState(index, searchNeedle(criteria.search));
  const window = useDeferredValue(useEnvoy(selectWindow));
  const client = workClientOf(index);
  const [done, setDone] = useState<T | null>(null);
  // Counted with the search whose answer is shown, so the numbers agree with the events on screen.
  const filtersKey = JSON.stringify({ ...criteria, search: '' });
  const asked = useRef<{ filters: string; needle: string; window: typeof window } | null>(null);
  useEffect(() => {
    if (!client) return;
    let live = true;
    const view = viewWindow(index, window);
    const shown = { ...criteria, search: answer.needle };
    const ask = () =>
      counter.inWorker(client, shown, view ? [view[0], view[1]] : null).then(
        (c) => live && setDone(c),
        (err: unknown) =>
          live && !(err instanceof Superseded) && setDone(counter.here(index, shown, view, answer.mask)),
      );
    // A new search answer while typing: counted once typing pauses, so the worker is free for the next key's search
    // (the counts shown meanwhile are the last ones). A toggle or a zoom is counted at once.
    const last = asked.current;
    const typing =
      last !== null &&
      last.window === window &&
      last.filters === filtersKey &&
      last.needle !== answer.needle &&
      answer.needle !== '';
    asked.current = { filters: filtersKey, needle: answer.needle, window };
    const timer = typing ? setTimeout(ask, TYPING_COUNTS_MS) : (ask(), undefined);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `criteria` is read through filtersKey (its search through the answer), so a key typed before its answer
    // arrives, or a new object with the same filters, asks nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [counter, client, index, filtersKey, answer, window]);
  const first = done === null;
  // With a worker, counted here only once, for the first render: the page's inputs then drop out of the keys.
  const keys = client ? null : ([index, criteria, window, answer] as const);
  const here = useMemo(
    () => (!client || first ? counter.here(index, criteria, viewWindow(index, window), answer.mask) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [counter, client, first, keys?.[0], keys?.[1], keys?.[2], keys?.[3]],
  );
  return here ?? done!;
}
