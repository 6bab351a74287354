import { useDeferredValue, useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { searchNeedle } from '../data/filter';
import { facetCounts, type FacetCounts } from '../data/facetCounts';
import { useEnvoy } from './useEnvoy';
import { useFilterCriteria } from './useFilterCriteria';
import { useSearchState } from './searchAnswer';
import { selectWindow } from './selectors';

/**
 * Counts beside each actor and theme and the summary totals, for the visible window (the home view when it is null).
 * The window is deferred so that panning the timeline never waits for the counts; the search is the latest answer.
 */
export function useFacetCounts(): FacetCounts {
  const index = useIndex();
  const criteria = useFilterCriteria();
  const { answer } = useSearchState(index, searchNeedle(criteria.search));
  const window = useDeferredValue(useEnvoy(selectWindow));
  return useMemo(() => facetCounts(index, criteria, viewWindow(index, window), answer.mask), [index, criteria, window, answer]);
}
