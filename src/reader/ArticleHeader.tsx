import type { ArticleT } from '../data/schema';
import { publishedText } from './dateWords';

/** Title, outlet, byline, dateline and publication date, saying what an inferred date was inferred from. */
export function ArticleHeader({ article }: { article: ArticleT }) {
  const p = article.published;
  const meta = [article.outlet, article.byline, article.dateline].filter((x): x is string => !!x);
  const [firstClue, ...moreClues] = p.clues;
  return (
    <header className="reader-article__header">
      <h3 className="reader-article__title" tabIndex={-1}>
        {article.title}
      </h3>
      {meta.length > 0 ? <p className="reader-article__meta">{meta.join(' · ')}</p> : null}
      <p className="reader-article__meta">
        Published {publishedText(article)}
        {p.method === 'inferred' && firstClue ? (
          <>
            , inferred from ‘{firstClue.quote}’
            {moreClues.length > 0 ? ` and ${moreClues.length} more ${moreClues.length === 1 ? 'clue' : 'clues'}` : ''}
            {p.confidence !== 'high' ? ` (${p.confidence} confidence)` : ''}
          </>
        ) : null}
      </p>
      {p.method === 'inferred' ? (
        <details className="reader-why">
          <summary>How the publication date was inferred</summary>
          <ul className="reader-why__list">
            {p.clues.map((c, i) => (
              <li key={i}>
                ‘{c.quote}’: {c.reasoning}
              </li>
            ))}
          </ul>
          {p.note ? <p className="reader-why__note">{p.note}</p> : null}
        </details>
      ) : null}
    </header>
  );
}
