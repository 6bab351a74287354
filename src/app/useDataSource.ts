import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import type { LoadedDataset } from '../data/openedDataset';
import { sourceFromSearch, sourceKey, sourceParams, type DataSource } from '../data/source';
import { DEFAULT_VIEW } from '../state/viewState';
import { encode } from '../url/codec';
import { withQuery } from '../url/link';

const pageSource = () => sourceFromSearch(typeof window === 'undefined' ? '' : window.location.search);

/**
 * The data source: chosen by the page's link when it opens, changed when the user opens a dataset
 * (a new history entry, with filters and selection reset), and followed on Back and Forward.
 */
export function useDataSource(): { source: DataSource; switchTo(next: DataSource, loaded?: LoadedDataset): void } {
  const [source, setSource] = useState(pageSource);
  const current = useRef(source);
  const client = useQueryClient();

  useEffect(() => {
    // Capture runs before the link sync's own listener: a history entry of another dataset must not be
    // read against this one, so it stops there and the new dataset's view reads the link afresh.
    const onPopState = (e: PopStateEvent) => {
      const next = pageSource();
      if (sourceKey(next) === sourceKey(current.current)) return;
      e.stopImmediatePropagation();
      current.current = next;
      setSource(next);
    };
    window.addEventListener('popstate', onPopState, true);
    return () => window.removeEventListener('popstate', onPopState, true);
  }, []);

  // A file or URL dataset left behind is let go (Back imports it again), so opening one after another does not
  // keep them all in memory; one still loading stops.
  const previous = useRef(source);
  useEffect(() => {
    const before = previous.current;
    previous.current = source;
    if (sourceKey(before) === sourceKey(source) || (before.kind !== 'url' && before.kind !== 'local')) return;
    const queryKey = datasetQuery(before).queryKey;
    void client.cancelQueries({ queryKey }).then(() => client.removeQueries({ queryKey }));
  }, [source, client]);

  const switchTo = useCallback(
    (next: DataSource, loaded?: LoadedDataset) => {
      if (loaded) client.setQueryData(datasetQuery(next).queryKey, loaded);
      // Filters and selection start afresh: the new dataset's page reads this link, which names only the data.
      // (Resetting the store here would make the old page's link sync write an entry of its own.)
      const href = withQuery(window.location, encode(DEFAULT_VIEW, new URLSearchParams(sourceParams(next))));
      if (href !== window.location.href) window.history.pushState(null, '', href);
      current.current = next;
      setSource(next);
    },
    [client],
  );
  return { source, switchTo };
}
