import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { searchNeedle } from '../data/filter';
import { facetCounts, type FacetCounts } from '../data/facetCounts';
import { Superseded } from '../data/worker/client';
import { useEnvoy } from './useEnvoy';
import { useFilterCriteria } from './useFilterCriteria';
import { useSearchState } from './searchAnswer';
import { workClientOf } from './workClient';
import { selectWindow } from './selectors';

/**
 * Counts beside each actor and theme and the summary totals, for the visible window (the home view when it is null),
 * with the search's latest answer. The window is deferred so that panning never waits for the counts. On big data
 * the worker counts and the last counts stay until the new ones arrive, so a toggle or a zoom never blocks input.
 */
export function useFacetCounts(): FacetCounts {
  const index = useIndex();
  const criteria = useFilterCriteria();
  const { answer } = useSearchState(index, searchNeedle(criteria.search));
  const window = useDeferredValue(useEnvoy(selectWindow));
  const client = workClientOf(index);
  const [done, setDone] = useState<FacetCounts | null>(null);
  useEffect(() => {
    if (!client) return;
    let live = true;
    const view = viewWindow(index, window);
    // Counted with the search whose answer is shown, so the numbers agree with the events on screen.
    const shown = { ...criteria, search: answer.needle };
    client.counts(shown, view ? [view[0], view[1]] : null).then(
      (c) => live && setDone(c),
      (err: unknown) => live && !(err instanceof Superseded) && setDone(facetCounts(index, shown, view, answer.mask)),
    );
    return () => {
      live = false;
    };
  }, [client, index, criteria, answer, window]);
  const first = !done;
  const here = useMemo(
    () => (!client || first ? facetCounts(index, criteria, viewWindow(index, window), answer.mask) : null),
    // With a worker, counted here only once, for the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, first, client ? null : index, client ? null : criteria, client ? null : window, client ? null : answer],
  );
  return here ?? done!;
}
