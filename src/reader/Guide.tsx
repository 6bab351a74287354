import type { EventIndex } from '../data/model';
import { publishedText } from './dateWords';
import { eventsByArticle } from './eventsByArticle';

/** With nothing selected: what the dataset covers, how to use the panels, and its articles to read. */
export function Guide({ index, onShowArticle }: { index: EventIndex; onShowArticle(id: string): void }) {
  const byArticle = eventsByArticle(index);
  // Generated data, and data opened from a file of events, have no article text to read.
  const noText = index.synthetic || index.articles.length === 0;
  return (
    <div className="reader-guide">
      <h3 className="reader-guide__title" tabIndex={-1}>
        {index.title}
      </h3>
      <p>{index.description}</p>
      <ul className="reader-guide__how">
        {noText ? (
          <li>
            Pick an event on the timeline to see its date and how it was worked out, who took part, its themes and
            place.
          </li>
        ) : (
          <li>Pick an event on the timeline to read the passage that reports it, highlighted in its source article.</li>
        )}
        <li>
          Narrow the timeline by actor, theme or a search in the filter panel
          {noText ? '.' : '; search matches are marked here too.'}
        </li>
        <li>
          Step through the events in time order with the buttons above, or the keys <kbd>j</kbd> or <kbd>]</kbd> (next)
          and <kbd>k</kbd> or <kbd>[</kbd> (previous).
        </li>
      </ul>
      {index.synthetic ? (
        <p className="reader-note">This is generated data: it has no source articles to read.</p>
      ) : index.articles.length === 0 ? (
        <p className="reader-note">
          This dataset holds no articles. Each event’s card shows what the source file says about it, such as its
          coders’ summary and the sources it cites.
        </p>
      ) : (
        <>
          <h4 className="reader-guide__subtitle">The articles</h4>
          <ul className="reader-guide__articles">
            {index.articles.map((a) => {
              const n = byArticle.get(a.id)?.length ?? 0;
              return (
                <li key={a.id}>
                  <button type="button" className="reader-guide__article" onClick={() => onShowArticle(a.id)}>
                    <span className="reader-guide__article-title">{a.title}</span>
                    <span className="reader-muted">
                      {[a.outlet, publishedText(a)].filter(Boolean).join(' · ')} · {n} {n === 1 ? 'event' : 'events'}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
