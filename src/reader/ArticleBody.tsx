import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { highlightSegments, splitSegments } from '../lib/highlight';
import type { Range } from '../lib/locate';
import { HighlightedText } from './HighlightedText';
import type { MarkRange } from './articleHighlights';
import { paragraphs } from './paragraphs';
import { useHoverMarks } from './useHoverMarks';

interface Props {
  text: string;
  ranges: MarkRange[];
  chrome: Range[];
  original: boolean;
  /** Changes whenever the passage to bring into view changes (event, article or view). */
  scrollKey: string;
  onSelectEvent(eventId: string, fromKeyboard: boolean): void;
}

/** The nearest ancestor that scrolls vertically (the reader's scroll box, or the whole panel on a phone). */
function scrollBoxOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/**
 * Scrolls the first strong mark to the middle of its scroll box; false when there is none or it cannot be seen yet.
 * Only that box moves: scrollIntoView would also scroll the page itself whenever it overflows, sliding the header away.
 */
function scrollToCurrent(root: HTMLElement | null): boolean {
  const mark = root?.querySelector<HTMLElement>('mark[data-current]');
  if (!mark) return true;
  if (mark.getClientRects().length === 0) return false;
  const box = scrollBoxOf(mark);
  if (!box) return true;
  const m = mark.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  box.scrollTop += m.top - b.top - Math.max(0, (b.height - m.height) / 2);
  return true;
}

/** The article text: paragraphs with page chrome hidden, or the file verbatim; this event's evidence scrolled into view. */
export function ArticleBody({ text, ranges, chrome, original, scrollKey, onSelectEvent }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const paras = useMemo(() => paragraphs(text, chrome), [text, chrome]);
  const segments = useMemo(() => highlightSegments(text, ranges), [text, ranges]);
  const byParagraph = useMemo(() => splitSegments(text, segments, paras), [text, segments, paras]);

  // Bring this event's evidence into view; if the reader is hidden (another tab on a phone), do it once it shows.
  const pending = useRef(false);
  useLayoutEffect(() => {
    pending.current = !scrollToCurrent(ref.current);
  }, [scrollKey]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (pending.current) pending.current = !scrollToCurrent(el);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useHoverMarks(ref, original ? segments : byParagraph);

  const focusable = new Set<string>();
  const common = { focusable, onSelectEvent };
  return (
    <div ref={ref} className="reader-article__body">
      {original ? (
        <>
          <p className="reader-original-legend">
            The file as it was saved; grey runs are page furniture, hidden in the clean view.
          </p>
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
