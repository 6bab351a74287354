import { Fragment, type ReactNode } from 'react';
import type { Segment } from '../lib/highlight';
import type { MarkData } from './articleHighlights';

export interface HighlightProps {
  segments: readonly Segment<MarkData>[];
  /** Quote keys whose first segment already took a tab stop (shared across paragraphs). */
  focusable: Set<string>;
  onSelectEvent(eventId: string, fromKeyboard: boolean): void;
}

function evidenceOf(s: Segment<MarkData>) {
  const out: Extract<MarkData, { kind: 'evidence' }>[] = [];
  for (const c of s.covers) if (c.data.kind === 'evidence') out.push(c.data);
  return out;
}

/** One run of text with its marks; always React text nodes, never HTML. */
function renderSegment(s: Segment<MarkData>, props: HighlightProps): ReactNode {
  const search = s.covers.some((c) => c.data.kind === 'search');
  const chrome = s.covers.some((c) => c.data.kind === 'chrome');
  let inner: ReactNode = search ? <mark className="reader-search">{s.text}</mark> : s.text;
  if (chrome) inner = <span className="reader-chrome">{inner}</span>;
  const flag = s.covers.find((c) => c.data.kind === 'flag')?.data;
  if (flag?.kind === 'flag') {
    inner = (
      <span className="reader-flagged" title={flag.description}>
        {inner}
      </span>
    );
  }
  const evidence = evidenceOf(s);
  const current = evidence.find((e) => e.current);
  const top = evidence.find((e) => !e.current);
  if (top) {
    // One tab stop per quote: its first run; the other runs of the same quote stay clickable.
    const first = !props.focusable.has(top.key);
    props.focusable.add(top.key);
    const label = `Select event: ${top.title}`;
    const more = evidence.filter((e) => !e.current).length - 1;
    // A span, not a <button>: a button cannot wrap across lines, and quotes must flow with the text.
    // Its name is the quoted text itself, so a screen reader reads the article; what it does is its description (title).
    inner = (
      <span
        role="button"
        className="reader-mark__button"
        title={more > 0 ? `${label} (and ${more} more here)` : label}
        tabIndex={first ? 0 : -1}
        onClick={() => props.onSelectEvent(top.eventId, false)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          props.onSelectEvent(top.eventId, true);
        }}
      >
        {inner}
      </span>
    );
  }
  if (current) {
    // Another event's quote inside this event's evidence stays reachable, underlined within the strong mark.
    return (
      <mark
        key={s.start}
        className={`reader-mark reader-mark--current${top ? ' reader-mark--nested' : ''}`}
        data-current=""
        data-event={current.eventId}
      >
        {inner}
      </mark>
    );
  }
  if (!top) return <Fragment key={s.start}>{inner}</Fragment>;
  return (
    <mark key={s.start} className="reader-mark reader-mark--other" data-event={top.eventId}>
      {inner}
    </mark>
  );
}

/** Runs of text with overlapping evidence, search and chrome marks already resolved into exact, non-overlapping segments. */
export function HighlightedText(props: HighlightProps) {
  return <>{props.segments.map((s) => renderSegment(s, props))}</>;
}
