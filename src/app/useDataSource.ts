import { useState } from 'react';
import { sourceFromSearch, type DataSource } from '../data/source';

/** The data source chosen by the page URL when it was opened. */
export function useDataSource(): DataSource {
  const [source] = useState(() => sourceFromSearch(typeof window === 'undefined' ? '' : window.location.search));
  return source;
}
