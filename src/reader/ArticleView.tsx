import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { articleTextQuery } from '../data/queries';
import { DatasetError } from '../data/DatasetError';
import type { ArticleT, EventT } from '../data/schema';
import { locate } from '../lib/locate';
import { searchMatches } from '../lib/searchMatches';
import { useEnvoy } from '../state/useEnvoy';
import { selectSearch } from '../state/selectors';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { layoutArticle } from '../data/articleLayout';
import { PRIORITY, type MarkRange } from './articleHighlights';
import { paragraphs } from './paragraphs';

interface Props {
  datasetId: string;
  article: ArticleT;
  /** Every event quoting this article. */
  events: EventT[];
  /** The selected event, whose evidence is marked strongly; null marks every event the same. */
  currentId: string | null;
  onSelectEvent(eventId: string, fromKeyboard: boolean): void;
}

/** One article, fetched on demand, with the events' evidence marked in it. */
export function ArticleView({ datasetId, article, events, currentId, onSelectEvent }: Props) {
  const query = useQuery(articleTextQuery(datasetId, article.file));
  const search = useEnvoy(selectSearch);
  const [original, setOriginal] = useState(false);
  const text = query.data;

  const layout = useMemo(
    () => (text === undefined ? null : layoutArticle(text, article, events)),
    [text, article, events],
  );
  const ranges = useMemo(() => {
    if (text === undefined || !layout) return [];
    const titles = new Map(events.map((e) => [e.id, e.title]));
    const out: MarkRange[] = layout.quotes.map((q) => {
      const current = q.eventId === currentId;
      return {
        start: q.start,
        end: q.end,
        priority: current ? PRIORITY.current : PRIORITY.other,
        data: {
          kind: 'evidence',
          eventId: q.eventId,
          title: titles.get(q.eventId) ?? q.eventId,
          current,
          key: `${q.eventId}#${q.evidenceIndex}`,
        },
      };
    });
    // The passages the selected event's discrepancy flags are about, underlined so the flag can be checked in place.
    for (const f of events.find((e) => e.id === currentId)?.flags ?? []) {
      if (f.quote.articleId !== article.id) continue;
      const at = locate(text, f.quote.text);
      if (at) out.push({ ...at, priority: PRIORITY.flag, data: { kind: 'flag', description: f.description } });
    }
    for (const [start, end] of searchMatches(text, search))
      out.push({ start, end, priority: PRIORITY.search, data: { kind: 'search' } });
    if (original)
      for (const c of layout.chrome)
        out.push({ start: c.start, end: c.end, priority: PRIORITY.chrome, data: { kind: 'chrome' } });
    return out;
  }, [text, layout, events, currentId, search, original, article.id]);

  const chrome = useMemo(() => layout?.chrome.map(({ start, end }) => ({ start, end })) ?? [], [layout]);

  let body;
  if (query.isPending && query.fetchStatus === 'paused') {
    // TanStack Query waits while the browser is offline, and fetches by itself once the connection returns.
    body = (
      <p className="reader-note reader-note--warn" role="status">
        You are offline: the article has not been loaded yet. It will load when the connection returns.
      </p>
    );
  } else if (query.isPending) {
    body = (
      <p className="reader-note" role="status">
        Loading the article…
      </p>
    );
  } else if (query.isError) {
    body = (
      <div className="reader-error" role="alert">
        <p>
          The article file <code>{article.file}</code> could not be loaded.
        </p>
        <p className="reader-error__detail">
          {query.error instanceof DatasetError
            ? `It ${query.error.problems.map((p) => p.message).join('; ')}.`
            : query.error.message}
        </p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    const missing = layout?.missing.filter((m) => m.eventId === currentId) ?? [];
    const paras = original ? null : paragraphs(query.data, chrome);
    const hidden =
      paras && layout
        ? layout.quotes.some((q) => q.eventId === currentId && !paras.some((p) => p.start < q.end && q.start < p.end))
        : false;
    body = (
      <>
        {missing.map((m) => (
          <p key={m.evidenceIndex} className="reader-note reader-note--warn">
            This passage, quoted for this event, could not be found in the article text: “{m.text}”
          </p>
        ))}
        {hidden ? (
          <p className="reader-note reader-note--warn">
            Part of this event’s evidence is in the page’s furniture; choose “Show original text” to see it.
          </p>
        ) : null}
        <ArticleBody
          text={query.data}
          ranges={ranges}
          chrome={chrome}
          original={original}
          scrollKey={`${currentId ?? ''}|${article.id}|${original}`}
          onSelectEvent={onSelectEvent}
        />
      </>
    );
  }

  return (
    <article className="reader-article" aria-label={`Article: ${article.title}`}>
      <ArticleHeader article={article} />
      {query.isSuccess ? (
        <div className="reader-article__tools">
          <button type="button" aria-pressed={original} onClick={() => setOriginal((o) => !o)}>
            Show original text
          </button>
        </div>
      ) : null}
      {body}
    </article>
  );
}
