import { useCallback, useState } from 'react';
import type { ImportInput } from '../data/import/types';
import type { LoadedDataset } from '../data/openedDataset';
import type { DataSource } from '../data/source';
import { useImportJob } from './useImportJob';

/**
 * The Open dataset flow for the app to place: the dialog's open state and the one import job behind
 * the dialog, the drop zone and Recent datasets. `onOpened` gets only datasets that opened.
 */
export function useOpenDataset(onOpened: (source: DataSource, loaded: LoadedDataset) => void) {
  const [open, setOpen] = useState(false);
  const opened = useCallback(
    (source: DataSource, loaded: LoadedDataset) => {
      setOpen(false);
      onOpened(source, loaded);
    },
    [onOpened],
  );
  const job = useImportJob(opened);
  const { start, cancel } = job;
  const show = useCallback(() => setOpen(true), []);
  // Closing stops an import under way and clears a message or an unfinished mapping step.
  const close = useCallback(() => {
    cancel();
    setOpen(false);
  }, [cancel]);
  // A drop shows the dialog, for its progress bar, Cancel and any question or message.
  const drop = useCallback(
    (input: ImportInput) => {
      setOpen(true);
      start(input);
    },
    [start],
  );
  return { open, show, close, drop, job };
}
