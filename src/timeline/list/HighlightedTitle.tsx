import { searchMatches } from '../../lib/searchMatches';

/** A title with the current search's matches in <mark>; text only, never HTML. */
export function HighlightedTitle({ text, search }: { text: string; search: string }) {
  const ranges = search.trim() ? searchMatches(text, search) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
