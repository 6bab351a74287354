import { useEffect } from 'react';
import { useIndex } from '../data/DatasetContext';
import { selectArticle, selectEvent } from '../state/selectors';
import { useEnvoy } from '../state/useEnvoy';

/** Names the selected event (else the open article, else the dataset) in the page title, so history and bookmarks read well. */
export function usePageTitle(): void {
  const index = useIndex();
  const eventId = useEnvoy(selectEvent);
  const articleId = useEnvoy(selectArticle);
  const position = eventId === null ? -1 : index.indexOf(eventId);
  const article = articleId === null ? undefined : index.articles[index.articleIndex.get(articleId) ?? -1];
  const title = position >= 0 ? index.event(position).title : (article?.title ?? index.title);
  useEffect(() => {
    document.title = `Envoy — ${title}`;
  }, [title]);
}
