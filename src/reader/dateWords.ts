import type { ArticleT, DateIntervalT, EventKindT, PrecisionT } from '../data/schema';
import { formatInterval } from '../lib/formatDate';

const PRECISION_WORDS: Record<PrecisionT, string> = {
  day: 'known to the day',
  week: 'known to the week',
  month: 'known to the month',
  year: 'known to the year',
  span: 'a span of time',
};

export const KIND_WORDS: Record<EventKindT, string> = {
  occurred: 'Happened',
  statement: 'Statement',
  planned: 'Planned',
  status: 'State of affairs',
};

/** "4 May 2019" or "between 3 and 4 May 2019", as precise as known. */
export function dateText(date: DateIntervalT): string {
  return formatInterval(date.earliest, date.latest, date.precision, date.approximate);
}

/** "known to the day", "known to the month"… */
export function precisionWords(precision: PrecisionT): string {
  return PRECISION_WORDS[precision];
}

/** When an article was published, in words: "4 May 2019". */
export function publishedText(article: ArticleT): string {
  const p = article.published;
  return formatInterval(p.earliest, p.latest, p.precision);
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
      return article ? `${clue}, in an article published ${publishedText(article)}` : `${clue}, counted from the article’s publication date`;
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
