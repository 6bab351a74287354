/** Sentence and clause boundaries with offsets into the original text, so every quote stays verbatim. */
import type { Range } from '../lib/locate';

export interface Span extends Range {
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'prof',
  'gov',
  'sen',
  'rep',
  'amb',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

function isAbbreviation(before: string): boolean {
  const m = /([A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)$/.exec(before);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return ABBREVIATIONS.has(w) || /^[a-z]$/.test(w) || /^([a-z]\.)+[a-z]$/.test(w);
}

/** Splits a range of a text (one paragraph) into sentences. */
export function sentences(text: string, range: Range): Span[] {
  const out: Span[] = [];
  const part = text.slice(range.start, range.end);
  const re = /[.!?…]+["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
  let from = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(part.slice(0, m.index))) continue;
    push(out, text, range.start + from, range.start + end);
    from = end;
  }
  push(out, text, range.start + from, range.end);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/**
 * Clause boundaries a reported happening can end at: a dash or semicolon, ", but", "but", "after", "when",
 * "following". Each boundary is the offset where the next clause starts (the connective stays with it).
 */
const BOUNDARY = /\s+[—–]\s+|;\s+|,\s+(?=but\b|however\b|while\b)|\s+(?=(?:but|after|when|following|before)\s)/g;

/** Splits a sentence into clauses. */
export function clauses(s: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  const re = new RegExp(BOUNDARY.source, 'g');
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const cut = m.index;
    if (cut - from < 12) continue;
    push(out, s.text, from, cut);
    from = m.index + m[0].length;
  }
  push(out, s.text, from, s.text.length);
  return out
    .map((c) => ({ start: s.start + c.start, end: s.start + c.end, text: c.text.replace(/[,;:—–-]+$/, '').trimEnd() }))
    .map((c) => ({ ...c, end: c.start + c.text.length }));
}
