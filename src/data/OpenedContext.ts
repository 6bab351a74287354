import { createContext, useContext } from 'react';
import type { OpenedReport } from './openedDataset';

/** What the import of the dataset on screen found; null for the bundled dataset and generated data. */
export const OpenedContext = createContext<OpenedReport | null>(null);

export function useOpened(): OpenedReport | null {
  return useContext(OpenedContext);
}
