import { useDeferredValue, useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { placeCounts } from '../data/placeCounts';
import { useEnvoy } from './useEnvoy';
import { useFilterCriteria } from './useFilterCriteria';
import { selectWindow } from './selectors';
import { useSearchState } from './searchAnswer';
import { searchNeedle } from '../data/filter';

/** Counts beside each place (events in view under the other filters, the place's contents included); see placeCounts. */
export function usePlaceCounts(): Uint32Array {
  const index = useIndex();
  const criteria = useFilterCriteria();
  const window = useDeferredValue(useEnvoy(selectWindow));
  // The search answer on screen (the worker's on big data), never a search of every event here.
  const { answer } = useSearchState(index, searchNeedle(criteria.search));
  return useMemo(() => placeCounts(index, criteria, viewWindow(index, window), answer.mask), [index, criteria, window, answer]);
}
