import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { placeCounts } from '../data/placeCounts';
import { Superseded } from '../data/worker/client';
import { useEnvoy } from './useEnvoy';
import { useFilterCriteria } from './useFilterCriteria';
import { selectWindow } from './selectors';
import { useSearchState } from './searchAnswer';
import { searchNeedle } from '../data/filter';
import { workClientOf } from './workClient';

/**
 * Counts beside each place (events in view under the other filters, the place's contents included); see placeCounts.
 * On big data the worker counts (a pass over every event that passes the filters, per keystroke) and the last
 * counts stay until the new ones arrive, as useFacetCounts does.
 */
export function usePlaceCounts(): Uint32Array {
  const index = useIndex();
  const criteria = useFilterCriteria();
  const window = useDeferredValue(useEnvoy(selectWindow));
  // The search answer on screen (the worker's on big data), never a search of every event here.
  const { answer } = useSearchState(index, searchNeedle(criteria.search));
  const client = workClientOf(index);
  const [done, setDone] = useState<Uint32Array | null>(null);
  useEffect(() => {
    if (!client) return;
    let live = true;
    const view = viewWindow(index, window);
    // Counted with the search whose answer is shown, so the numbers agree with the events on screen.
    const shown = { ...criteria, search: answer.needle };
    client.placeCounts(shown, view ? [view[0], view[1]] : null).then(
      (c) => live && setDone(c),
      (err: unknown) => live && !(err instanceof Superseded) && setDone(placeCounts(index, shown, view, answer.mask)),
    );
    return () => {
      live = false;
    };
  }, [client, index, criteria, answer, window]);
  const first = !done;
  const here = useMemo(
    () => (!client || first ? placeCounts(index, criteria, viewWindow(index, window), answer.mask) : null),
    // With a worker, counted here only once, for the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, first, client ? null : index, client ? null : criteria, client ? null : window, client ? null : answer],
  );
  return here ?? done!;
}
