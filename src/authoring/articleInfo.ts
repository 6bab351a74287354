/** What an article's own lines say about it: title, outlet, byline, dateline; and its body sentences. */
import type { FilteredText, Line } from './chrome';
import { sentences, type Span } from './sentences';

export interface ArticleInfo {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  /** The lines that are the article's text (not title, byline or outlet lines). */
  paragraphs: Line[];
  sentences: Span[];
  /** Header chrome lines (where a date line lives). */
  headers: string[];
}

const endsSentence = (s: string) => /[.!?…]["”’)]*$/.test(s.trim());
const titleCase = (s: string) => s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());

export function articleInfo(text: string, f: FilteredText): ArticleInfo {
  const headers = f.runs.filter((r) => r.kind === 'header').map((r) => text.slice(r.start, r.end));
  let outlet: string | null = null;
  for (const h of headers) {
    const m = /\s[-–|]\s([^-–|]{2,40})$/.exec(h);
    if (m) outlet = m[1]!.trim();
  }
  let title: string | null = null;
  let byline: string | null = null;
  let dateline: string | null = null;
  const paragraphs: Line[] = [];
  f.body.forEach((line, i) => {
    const t = line.text.trim();
    if (i === 0 && !endsSentence(t) && t.split(/\s+/).length <= 25) {
      title = t;
      return;
    }
    const by = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(t);
    if (by) {
      byline = by[1]!;
      return;
    }
    const paren = /^\((\p{Lu}[\p{L} ]{1,40})\)$/u.exec(t);
    if (paren) {
      outlet ??= paren[1]!;
      return;
    }
    if (i <= 2 && !endsSentence(t) && /^(\p{Lu}[\p{L}]*\s?){1,3}$/u.test(t)) {
      outlet ??= t;
      return;
    }
    paragraphs.push(line);
  });
  const spans: Span[] = [];
  paragraphs.forEach((p, k) => {
    let range = { start: p.start, end: p.end };
    const dl = /^(\p{Lu}{3,}(?:\s\p{Lu}{3,})?)\s*(?::|[–—-]\s)\s*/u.exec(p.text);
    if (dl && k < 3) {
      dateline ??= titleCase(dl[1]!);
      range = { start: p.start + dl[0].length, end: p.end };
    }
    spans.push(...sentences(text, range));
  });
  return { title, outlet, byline, dateline, paragraphs, sentences: spans, headers };
}
