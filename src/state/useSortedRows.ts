import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { EventIndex } from '../data/model';
import { sortEvents, type SortDir, type SortKey } from '../data/sortEvents';
import { Superseded } from '../data/worker/client';
import { workClientOf } from './workClient';

export interface RowSort {
  key: SortKey;
  dir: SortDir;
}

export interface SortedRows {
  /** The rows in the order of `sort`. */
  order: Uint32Array;
  /** The order shown: the one asked for, or the last one while a newer one is on its way. */
  sort: RowSort;
  /** True while a newer order (new rows or a new sort) is on its way from the worker. */
  pending: boolean;
  /** Why the worker could not sort, in words (the page then sorted itself). */
  error: string | null;
}

interface Done extends SortedRows {
  rows: Uint32Array;
}

/**
 * The list's rows in the chosen order. On big data the worker sorts (with collation keys it computes once) and the
 * page keeps the last order until the new one arrives; the date order, a cheap merge, and small data sort here.
 */
export function useSortedRows(index: EventIndex, rows: Uint32Array, sort: RowSort): SortedRows {
  const client = workClientOf(index);
  const local = !client || sort.key === 'date';
  const deferred = useDeferredValue(sort);
  const [done, setDone] = useState<Done | null>(null);
  useEffect(() => {
    if (local || !client) return;
    let live = true;
    client.sort(rows, sort.key, sort.dir).then(
      (order) => live && setDone({ rows, sort, order, error: null, pending: false }),
      (err: unknown) => {
        if (!live || err instanceof Superseded) return;
        const error = err instanceof Error ? err.message : String(err);
        setDone({ rows, sort, order: sortEvents(index, rows, sort.key, sort.dir), error, pending: false });
      },
    );
    return () => {
      live = false;
    };
  }, [client, local, index, rows, sort]);
  // Small data sorts here, deferred so the header answers first. With a worker only the date order is made here, and at
  // once: it is a cheap merge, while the deferred (previous) order could be one only the worker should make.
  const shownLocal = !client ? deferred : local ? sort : { key: 'date' as const, dir: 'ascending' as const };
  const here = useMemo(
    () => (local || !done ? sortEvents(index, rows, shownLocal.key, shownLocal.dir) : null),
    // shownLocal is rebuilt each render; its fields are what count.
    [local, done, index, rows, shownLocal.key, shownLocal.dir],
  );
  if (here) return { order: here, sort: shownLocal, error: null, pending: !local };
  return {
    order: done!.order,
    sort: done!.sort,
    error: done!.error,
    pending: done!.rows !== rows || done!.sort !== sort,
  };
}
