import { createContext, useContext } from 'react';
import type { EventIndex } from './model';

export const DatasetContext = createContext<EventIndex | null>(null);

/** The loaded dataset. Only components rendered after loading may call this. */
export function useIndex(): EventIndex {
  const index = useContext(DatasetContext);
  if (!index) throw new Error('useIndex needs the dataset to be loaded');
  return index;
}
