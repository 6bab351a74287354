import { useIndex } from '../data/DatasetContext';
import { searchNeedle } from '../data/filter';
import { filteredFor } from './filtered';
import { useSearchState } from './searchAnswer';
import { useFilterCriteria } from './useFilterCriteria';

/**
 * Positions of the events passing the current filters, in time order: computed once per change for every panel
 * (state/filtered.ts). While a search is on its way from the worker, the last answer's events are shown.
 */
export function useFilteredEvents(): Uint32Array {
  const index = useIndex();
  const criteria = useFilterCriteria();
  const { answer } = useSearchState(index, searchNeedle(criteria.search));
  return filteredFor(index, criteria, answer);
}
