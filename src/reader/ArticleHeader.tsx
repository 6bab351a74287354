import type { ArticleT } from '../data/schema';
import { publishedText } from './dateWords';

/** Title, outlet, byline, dateline and publication date, saying what an inferred date was inferred from. */
export function ArticleHeader({ article }: { article: ArticleT }) {
  const p = article.published;
  const meta = [article.outlet, article.byline, article.dateline].filter((x): x is string => !!x);
  return (
    <header className="reader-article__header">
      <h3 className="reader-article__title">{article.title}</h3>
      {meta.length > 0 ? <p className="reader-article__meta">{meta.join(' · ')}</p> : null}
      <p className="reader-article__meta">
        Published {publishedText(article)}
        {p.method === 'inferred' ? (
          <>
            {', inferred from '}
            {p.clues.map((c, i) => (
              <span key={i} title={c.reasoning}>
                {i > 0 ? ' and ' : ''}‘{c.quote}’
              </span>
            ))}
            {p.confidence !== 'high' ? ` (${p.confidence} confidence)` : ''}
          </>
        ) : null}
      </p>
    </header>
  );
}
