import { facetCounts, type FacetCounts } from '../data/facetCounts';
import { useWindowCounts, type WindowCounter } from './useWindowCounts';

const FACETS: WindowCounter<FacetCounts> = { inWorker: (client, c, w) => client.counts(c, w), here: facetCounts };

/** Counts beside each actor and theme and the summary totals, for the visible window; see useWindowCounts. */
export function useFacetCounts(): FacetCounts {
  return useWindowCounts(FACETS);
}
