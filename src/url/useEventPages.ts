import { useContext } from 'react';
import { DatasetContext } from '../data/DatasetContext';
import { BUNDLED_DATASET } from '../data/source';
import { eventPagesHere } from './link';

/**
 * Whether links to a lone event may use its static page (e/<id>/): the build writes pages for the bundled
 * dataset only, so an opened or generated dataset keeps the ?event= form.
 */
export function useEventPages(): boolean {
  const index = useContext(DatasetContext);
  return index !== null && !index.synthetic && index.id === BUNDLED_DATASET && eventPagesHere();
}
