import { useLayoutEffect, useMemo, useRef } from 'react';
import { highlightSegments, splitSegments } from '../lib/highlight';
import type { Range } from '../lib/locate';
import { HighlightedText } from './HighlightedText';
import type { MarkRange } from './marks';
import { paragraphs } from './paragraphs';

interface Props {
  text: string;
  ranges: MarkRange[];
  chrome: Range[];
  original: boolean;
  /** Changes whenever the passage to bring into view changes (event, article or view). */
  scrollKey: string;
  onSelectEvent(eventId: string, fromKeyboard: boolean): void;
}

/** The article text: paragraphs with page chrome hidden, or the file verbatim; this event's evidence scrolled into view. */
export function ArticleBody({ text, ranges, chrome, original, scrollKey, onSelectEvent }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const paras = useMemo(() => paragraphs(text, chrome), [text, chrome]);
  const segments = useMemo(() => highlightSegments(text, ranges), [text, ranges]);
  const byParagraph = useMemo(() => splitSegments(text, segments, paras), [text, segments, paras]);

  useLayoutEffect(() => {
    const mark = ref.current?.querySelector('mark[data-current]');
    // jsdom has no scrollIntoView; browsers do.
    if (mark && 'scrollIntoView' in mark) mark.scrollIntoView({ block: 'center' });
  }, [scrollKey]);

  const focusable = new Set<string>();
  const common = { focusable, onSelectEvent };
  return (
    <div ref={ref} className="reader-article__body">
      {original ? (
        <>
          <p className="reader-original-legend">The file as it was saved; grey runs are page furniture, hidden in the clean view.</p>
          <pre className="reader-original">
            <HighlightedText {...common} segments={segments} />
          </pre>
        </>
      ) : paras.length === 0 ? (
        <p className="reader-note">This article file has no text apart from page furniture.</p>
      ) : (
        paras.map((p, i) => (
          <p key={p.start} className="reader-para">
            <HighlightedText {...common} segments={byParagraph[i] ?? []} />
          </p>
        ))
      )}
    </div>
  );
}
