import { searchForm } from '../lib/searchWords';
import type { EventT } from './schema';

/** What search reads of an event: its title, summary, quotes and source notes (a coder's summary, a citation). */
export function eventSearchForm(e: Pick<EventT, 'title' | 'summary' | 'evidence' | 'sourceNotes'>): string {
  return searchForm(
    [e.title, e.summary, ...e.evidence.map((q) => q.text), ...(e.sourceNotes ?? []).map((n) => n.text)].join('\n'),
  );
}
