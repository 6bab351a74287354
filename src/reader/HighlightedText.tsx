import { Fragment, type ReactNode } from 'react';
import { highlightSegments, type Segment } from '../lib/highlight';
import type { MarkData, MarkRange } from './marks';

export interface HighlightProps {
  text: string;
  ranges: readonly MarkRange[];
  from: number;
  to: number;
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
  const evidence = evidenceOf(s);
  const current = evidence.find((e) => e.current);
  if (current) {
    return (
      <mark key={s.start} className="reader-mark reader-mark--current" data-current="" data-event={current.eventId}>
        {inner}
      </mark>
    );
  }
  const top = evidence[0];
  if (!top) return <Fragment key={s.start}>{inner}</Fragment>;
  // One tab stop per quote: its first run; the other runs of the same quote stay clickable.
  const first = !props.focusable.has(top.key);
  props.focusable.add(top.key);
  const label = `Select event: ${top.title}`;
  return (
    <mark key={s.start} className="reader-mark reader-mark--other" data-event={top.eventId}>
      {/* A span, not a <button>: a button cannot wrap across lines, and quotes must flow with the text. */}
      <span
        role="button"
        className="reader-mark__button"
        aria-label={label}
        title={evidence.length > 1 ? `${label} (and ${evidence.length - 1} more here)` : label}
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
    </mark>
  );
}

/** text[from, to) with overlapping evidence, search and chrome marks resolved into exact, non-overlapping runs. */
export function HighlightedText(props: HighlightProps) {
  const segments = highlightSegments(props.text, props.ranges, props.from, props.to);
  return <>{segments.map((s) => renderSegment(s, props))}</>;
}
