import { placeCounts } from '../data/placeCounts';
import { useWindowCounts, type WindowCounter } from './useWindowCounts';

const PLACES: WindowCounter<Uint32Array> = { inWorker: (client, c, w) => client.placeCounts(c, w), here: placeCounts };

/**
 * Counts beside each place (events in view under the other filters, the place's contents included); see placeCounts.
 * On big data the worker counts (a pass over every event that passes the filters, per keystroke); see useWindowCounts.
 */
export function usePlaceCounts(): Uint32Array {
  return useWindowCounts(PLACES);
}
