// TEMPORARY: stands in for src/data/articleLayout.ts (owned by the dataset engineer) until it lands,
// with exactly its signature. Delete this file and import layoutArticle from '../data/articleLayout' then.
import type { ArticleT, EventT } from '../data/schema';
import { locate } from '../lib/locate';

export interface ArticleLayout {
  chrome: { kind: string; start: number; end: number }[];
  quotes: { eventId: string; evidenceIndex: number; start: number; end: number }[];
  missing: { eventId: string; evidenceIndex: number; text: string }[];
}

/** Resolves an article's chrome and the events' evidence quotes to offsets in its raw text. */
export function layoutArticle(text: string, article: ArticleT, events: EventT[]): ArticleLayout {
  const chrome: ArticleLayout['chrome'] = [];
  for (const c of article.chrome) {
    const r = locate(text, c.text);
    if (r) chrome.push({ kind: c.kind, ...r });
  }
  const quotes: ArticleLayout['quotes'] = [];
  const missing: ArticleLayout['missing'] = [];
  for (const e of events) {
    e.evidence.forEach((q, evidenceIndex) => {
      if (q.articleId !== article.id) return;
      const r = locate(text, q.text);
      if (r) quotes.push({ eventId: e.id, evidenceIndex, ...r });
      else missing.push({ eventId: e.id, evidenceIndex, text: q.text });
    });
  }
  return { chrome, quotes, missing };
}
