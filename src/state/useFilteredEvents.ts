import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { filterEvents } from '../data/filter';
import { useFilterCriteria } from './useFilterCriteria';

/** Positions of the events passing the current filters, in time order; recomputed only when a filter changes. */
export function useFilteredEvents(): Uint32Array {
  const index = useIndex();
  const criteria = useFilterCriteria();
  return useMemo(() => filterEvents(index, criteria), [index, criteria]);
}
