import { useDeferredValue, useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { placeCounts } from '../data/placeCounts';
import { useEnvoy } from './useEnvoy';
import { useFilterCriteria } from './useFilterCriteria';
import { selectWindow } from './selectors';

/** Counts beside each place (events in view under the other filters, the place's contents included); see placeCounts. */
export function usePlaceCounts(): Uint32Array {
  const index = useIndex();
  const criteria = useFilterCriteria();
  const window = useDeferredValue(useEnvoy(selectWindow));
  return useMemo(() => placeCounts(index, criteria, viewWindow(index, window)), [index, criteria, window]);
}
