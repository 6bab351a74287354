import type { ArticleT, DateIntervalT, EventKindT } from '../data/schema';
import { dateWords } from '../lib/formatDate';

export const KIND_WORDS: Record<EventKindT, string> = {
  occurred: 'Happened',
  statement: 'Statement',
  planned: 'Planned',
  status: 'State of affairs',
};

/** "4 May 2019", "some day between 3 and 4 May 2019", "lasted from September 2018 to June 2019": see dateWords. */
export function dateText(date: DateIntervalT): string {
  return dateWords(date).long;
}

/** "known to the day", "date uncertain: a window of 9 days", "lasted: start and end known to the month"… */
export function precisionWords(date: DateIntervalT): string {
  return dateWords(date).precision;
}

/** When an article was published, in words: "4 May 2019", "some day between 4 and 6 December 2019". */
export function publishedText(article: ArticleT): string {
  const p = article.published;
  return dateWords(p).long;
}

export interface DerivationContext {
  article(id: string): ArticleT | undefined;
  eventTitle(id: string): string | undefined;
}

/** How a date was worked out, in words: "‘on Saturday’, in an article published 4 May 2019". */
export function derivationWords(d: DateIntervalT['derivation'], ctx: DerivationContext): string {
  const clue = `‘${d.clue}’`;
  const article = d.articleId ? ctx.article(d.articleId) : undefined;
  switch (d.method) {
    case 'explicit':
      return `stated in the article: ${clue}`;
    case 'dateline':
      return `from the dateline ${clue}`;
    case 'relative-to-publication':
      return article
        ? `${clue}, in an article published ${publishedText(article)}`
        : `${clue}, counted from the article’s publication date`;
    case 'relative-to-event': {
      const other = d.relativeTo ? ctx.eventTitle(d.relativeTo) : undefined;
      return other ? `${clue}, counted from “${other}”` : `${clue}, counted from another event`;
    }
    case 'inferred-from-context':
      return `inferred from context: ${clue}`;
    case 'external':
      return `from an outside source: ${clue}`;
  }
}
