import type { SourceNoteT } from '../data/schema';
import './sourceNotes.css';

/** Only web links become links: a file's text never becomes a javascript: or data: URL. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function kindWords(note: SourceNoteT): string {
  if (note.kind === 'summary')
    return `Summary by ${note.source ? `${note.source}’s coders` : 'the dataset’s coders'} — not a quote from an article`;
  return 'Cited source';
}

/**
 * What the source file says about the event that is not a verbatim quote: a coder's summary or a
 * reference to an article Envoy does not hold. Each says its kind in words and is never marked as a quote.
 */
export function SourceNotes({ notes }: { notes: readonly SourceNoteT[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <section className="source-notes" aria-label="From the source file">
      {notes.map((note, i) => {
        const href = safeHref(note.url);
        return (
          <div key={i} className={`source-note source-note--${note.kind}`}>
            {note.kind === 'summary' ? (
              <>
                <p className="source-note__kind">{kindWords(note)}</p>
                <p className="source-note__text">{note.text}</p>
              </>
            ) : (
              <p className="source-note__text">
                <span className="source-note__kind">{kindWords(note)}:</span> {note.text}
                {note.source && note.source !== note.text ? (
                  <span className="source-note__by"> ({note.source})</span>
                ) : null}
                {href ? (
                  <>
                    {' '}
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      Open the article
                    </a>
                  </>
                ) : null}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
