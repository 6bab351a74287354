import { locateAll, type Range } from '../lib/locate';
import type { ArticleT, ChromeKindT, EventT } from './schema';

export interface ChromeRange extends Range {
  kind: ChromeKindT;
}

export interface QuoteRange extends Range {
  eventId: string;
  /** Position of the quote in the event's `evidence` list. */
  evidenceIndex: number;
}

export interface MissingQuote {
  eventId: string;
  evidenceIndex: number;
  text: string;
}

/** Where the chrome runs and the evidence quotes sit in one article's raw text. */
export interface ArticleLayout {
  /** Page-chrome runs, sorted by start. */
  chrome: ChromeRange[];
  /** Every evidence quote naming this article that was found, sorted by start. */
  quotes: QuoteRange[];
  /** Evidence quotes naming this article that do not occur in its text. */
  missing: MissingQuote[];
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when a range touches any of the (sorted) chrome runs. */
export function inChrome(range: Range, chrome: readonly Range[]): boolean {
  return chrome.some((c) => overlaps(range, c));
}

/** Finds the chrome runs of an article in its raw text; a run that does not occur is left out. */
export function locateChrome(text: string, article: ArticleT): ChromeRange[] {
  const out: ChromeRange[] = [];
  for (const c of article.chrome) {
    const hit = locateAll(text, c.text)[(c.occurrence ?? 1) - 1];
    if (hit) out.push({ kind: c.kind, start: hit.start, end: hit.end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Lays out one article: its chrome runs and the offsets of every evidence quote that names it.
 * A quote that occurs several times resolves to its first occurrence outside the chrome (or, failing that,
 * its first occurrence anywhere).
 */
export function layoutArticle(text: string, article: ArticleT, events: readonly EventT[]): ArticleLayout {
  const chrome = locateChrome(text, article);
  const quotes: QuoteRange[] = [];
  const missing: MissingQuote[] = [];
  for (const event of events) {
    event.evidence.forEach((q, evidenceIndex) => {
      if (q.articleId !== article.id) return;
      const hits = locateAll(text, q.text);
      const hit = hits.find((h) => !inChrome(h, chrome)) ?? hits[0];
      if (hit) quotes.push({ eventId: event.id, evidenceIndex, start: hit.start, end: hit.end });
      else missing.push({ eventId: event.id, evidenceIndex, text: q.text });
    });
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { chrome, quotes, missing };
}
