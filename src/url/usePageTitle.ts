import { useEffect } from 'react';
import { useIndex } from '../data/DatasetContext';
import { selectEvent } from '../state/selectors';
import { useEnvoy } from '../state/useEnvoy';

/** Names the selected event (or the dataset) in the page title, so history and bookmarks read well. */
export function usePageTitle(): void {
  const index = useIndex();
  const eventId = useEnvoy(selectEvent);
  const position = eventId === null ? -1 : index.indexOf(eventId);
  const title = position >= 0 ? index.event(position).title : index.title;
  useEffect(() => {
    document.title = `Envoy — ${title}`;
  }, [title]);
}
