import { inChrome, layoutArticle } from './articleLayout';
import type { DatasetProblem } from './DatasetError';
import type { DatasetT } from './schema';
import { recordLabel } from './validate';
import { locateAll } from '../lib/locate';
import { own } from '../lib/own';

/**
 * Checks every verbatim passage of a dataset against its article's text (keyed by article id): evidence and
 * flag quotes must occur in the body, not only in page chrome; date clues and chrome runs must occur at all.
 * Articles without a text are skipped.
 */
export function checkQuotes(ds: DatasetT, texts: Readonly<Record<string, string>>): DatasetProblem[] {
  const out: DatasetProblem[] = [];
  const eventRec = new Map(ds.events.map((e, i) => [e.id, recordLabel('events', i, e.id)]));
  const layouts = new Map<string, ReturnType<typeof layoutArticle>>();
  const where = (articleId: string) => `article "${articleId}"`;

  ds.articles.forEach((article, i) => {
    const text = own(texts, article.id);
    if (text === undefined) return;
    const rec = recordLabel('articles', i, article.id);
    const layout = layoutArticle(text, article, ds.events);
    layouts.set(article.id, layout);
    article.chrome.forEach((c, k) => {
      const n = locateAll(text, c.text).length;
      if (n < (c.occurrence ?? 1))
        out.push({
          record: rec,
          field: `chrome[${k}].text`,
          message:
            n === 0
              ? `does not occur in ${article.file}`
              : `occurs ${n} time(s) in ${article.file}, fewer than occurrence ${c.occurrence}`,
        });
    });
    article.published.clues.forEach((c, k) => {
      if (locateAll(text, c.quote).length === 0)
        out.push({
          record: rec,
          field: `published.clues[${k}].quote`,
          message: `"${c.quote}" does not occur in ${article.file}`,
        });
    });
    for (const m of layout.missing) {
      out.push({
        record: eventRec.get(m.eventId) ?? m.eventId,
        field: `evidence[${m.evidenceIndex}].text`,
        message: `"${m.text}" does not occur verbatim in ${where(article.id)} (${article.file})`,
      });
    }
    for (const q of layout.quotes) {
      if (inChrome(q, layout.chrome))
        out.push({
          record: eventRec.get(q.eventId) ?? q.eventId,
          field: `evidence[${q.evidenceIndex}].text`,
          message: `occurs only in the page chrome of ${where(article.id)}, not in its body`,
        });
    }
  });

  ds.events.forEach((e, i) => {
    const rec = recordLabel('events', i, e.id);
    const d = e.date.derivation;
    const clueText = d.articleId !== undefined ? own(texts, d.articleId) : undefined;
    if (clueText !== undefined && locateAll(clueText, d.clue).length === 0) {
      out.push({
        record: rec,
        field: 'date.derivation.clue',
        message: `"${d.clue}" does not occur verbatim in ${where(d.articleId!)}`,
      });
    }
    e.flags.forEach((f, k) => {
      const text = own(texts, f.quote.articleId);
      const layout = layouts.get(f.quote.articleId);
      if (text === undefined || !layout) return;
      const hits = locateAll(text, f.quote.text);
      if (hits.length === 0)
        out.push({
          record: rec,
          field: `flags[${k}].quote.text`,
          message: `"${f.quote.text}" does not occur verbatim in ${where(f.quote.articleId)}`,
        });
      else if (hits.every((h) => inChrome(h, layout.chrome)))
        out.push({
          record: rec,
          field: `flags[${k}].quote.text`,
          message: `occurs only in the page chrome of ${where(f.quote.articleId)}, not in its body`,
        });
    });
  });
  return out;
}
