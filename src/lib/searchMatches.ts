import { searchForm, searchWords } from './searchWords';

/**
 * THE definition of what an event search finds. Every path (the per-event check, the one-string haystack, a future
 * index) must give exactly what `matchesForm(searchForm(text), parseQuery(q))` gives:
 *
 * - The query and the text are read as words the same way (searchWords.ts): case, accents, curly quotes, quotes
 *   and other punctuation are ignored; "cease-fire" is the word "ceasefire", "5,000" the word "5000".
 * - Every term must be found (AND), in any order, anywhere in the event's title, summary or quotes.
 * - A term is found where a word of the text starts with it (a word also starts after a dropped hyphen, so
 *   "fire" finds "cease-fire"): "prisoner" finds "prisoners", "talk" finds "talks".
 * - A term ending in a digit is not found where the word goes on with another digit: "500" does not find "5,000".
 * - A plural term is also tried as its singular: "prisoners" is tried as "prisoner" (which also finds "prisoners"),
 *   "parties" as "parties" and "party", "pushes" as "push"; words ending in "ss", "us" or "is" are left alone.
 *   A singular ending in consonant + "y" is also tried as its plural: "party" finds "parties".
 * - A query with no words matches nothing and filters nothing (no search).
 */
export interface Term {
  /** The term as typed, folded ("prisoners"). */
  text: string;
  /** The prefixes tried at word starts; the term is found when any of them is ("prisoner"). */
  forms: string[];
}

/** The forms a term is tried as: its singular when it looks plural (light stemming, English only). */
export function termForms(t: string): string[] {
  if (t.length < 4 || /\d/.test(t)) return [t];
  if (t.endsWith('ies')) return [t, t.slice(0, -3) + 'y'];
  if (/[^aeiou]y$/.test(t)) return [t, t.slice(0, -1) + 'ies'];
  if (/(ss|us|is)$/.test(t)) return [t];
  if (/(x|z|ch|sh|ss)es$/.test(t)) return [t.slice(0, -2)];
  if (t.endsWith('s')) return [t.slice(0, -1)];
  return [t];
}

/** The distinct terms of a query, in the order typed. */
export function parseQuery(query: string): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const w of searchWords(query)) {
    if (seen.has(w.text)) continue;
    seen.add(w.text);
    out.push({ text: w.text, forms: termForms(w.text) });
  }
  return out;
}

/** A key that is equal for two queries exactly when they have the same terms ('' for no search). */
export function queryKey(terms: readonly Term[]): string {
  return terms.map((t) => t.text).join(' ');
}

const endsInDigit = (s: string) => /\d$/.test(s);

/** Where, at or after `from`, " " + f is in a search form (or a haystack of them); -1 when nowhere. */
export function findForm(form: string, f: string, from = 0): number {
  const digit = endsInDigit(f);
  // Searching for f and checking the space before it is several times quicker than searching for " " + f, since
  // indexOf hunts for a pattern's first character and spaces are everywhere.
  for (let at = form.indexOf(f, from + 1); at >= 0; at = form.indexOf(f, at + 1)) {
    if (form.charCodeAt(at - 1) !== 32) continue;
    const after = form.charCodeAt(at + f.length);
    if (!digit || !(after >= 48 && after <= 57)) return at - 1;
  }
  return -1;
}

/** Whether a term is found in a search form. */
export function termInForm(form: string, term: Term): boolean {
  return term.forms.some((f) => findForm(form, f) >= 0);
}

/** Whether every term is found in a search form (false when there are no terms). */
export function matchesForm(form: string, terms: readonly Term[]): boolean {
  return terms.length > 0 && terms.every((t) => termInForm(form, t));
}

/** The definition in one call: whether a text (title, summary and quotes joined by newlines) matches a query. */
export function textMatches(text: string, query: string): boolean {
  return matchesForm(searchForm(text), parseQuery(query));
}

/**
 * Whether every event that matches `terms` also matches `broader`, judged from the terms alone: each broader term
 * has a term here whose every form begins with one of its forms (and, for a form ending in a digit, equals it).
 * Lets a search over many events test only the previous matches while someone types ("pri" then "pris").
 */
export function narrows(terms: readonly Term[], broader: readonly Term[]): boolean {
  const within = (f: string, g: string) => f.startsWith(g) && (f === g || !endsInDigit(g));
  return (
    broader.length > 0 &&
    broader.every((b) => terms.some((t) => t.forms.every((f) => b.forms.some((g) => within(f, g)))))
  );
}

/**
 * The words of a text that a query's terms find, for highlighting: [start, end) UTF-16 offsets in the original
 * text, in order, not overlapping. Each range covers the found word up to the end of the part it ends in, so
 * "prisoner" marks all of "prisoners" and "fire" marks "fire" in "cease-fire".
 */
export function searchMatches(text: string, query: string): [number, number][] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  const out: [number, number][] = [];
  for (const w of searchWords(text)) {
    let covered = 0;
    for (const p of w.parts) {
      if (p < covered) continue;
      const rest = w.text.slice(p);
      let stop = -1;
      for (const t of terms) {
        for (const f of t.forms) {
          if (!rest.startsWith(f) || (endsInDigit(f) && /^\d/.test(rest.slice(f.length)))) continue;
          const partEnd = w.parts.find((q) => q > p && q >= p + f.length) ?? w.text.length;
          stop = Math.max(stop, partEnd);
        }
      }
      if (stop < 0) continue;
      out.push([w.at[p]!, w.end[stop - 1]!]);
      covered = stop;
    }
  }
  return out;
}
