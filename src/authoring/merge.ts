/**
 * The same happening reported by two articles: candidates of different articles whose quotes share most of
 * their content words are proposed as one event with two pieces of evidence, marked for review. Where they
 * give different dates or numbers, the event gets a draft flag.
 */
import type { FlagT } from './types';
import type { Candidate } from './candidates';

export interface Merged {
  candidates: Candidate[];
  /** Why it was merged, for the reviewer (empty when it stands alone). */
  note: string;
  flags: FlagT[];
}

const STOP = new Set(
  'the a an and or of to in on at for by with from that this was were is are be been has have had it its as his her their they he she said says not but after before over into than which who will would also about more'.split(
    ' ',
  ),
);

export function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.min(x.size, y.size);
}

const numbers = (s: string) => new Set((s.match(/\b\d[\d,.]*\b/g) ?? []).map((n) => n.replace(/,/g, '')));

/** Threshold on the share of the shorter quote's content words found in the other. */
export const SAME_HAPPENING = 0.6;

export function mergeAcrossArticles(all: readonly Candidate[]): Merged[] {
  const out: Merged[] = [];
  const used = new Set<Candidate>();
  for (const c of all) {
    if (used.has(c)) continue;
    used.add(c);
    const group: Merged = { candidates: [c], note: '', flags: [] };
    for (const o of all) {
      if (used.has(o) || o.articleId === c.articleId || group.candidates.some((g) => g.articleId === o.articleId))
        continue;
      const sim = similarity(c.quote.text, o.quote.text);
      if (sim < SAME_HAPPENING || contentWords(o.quote.text).size < 4) continue;
      used.add(o);
      group.candidates.push(o);
      group.note = `Proposed as one happening reported by ${group.candidates.length} articles (${Math.round(sim * 100)}% of content words shared): review.`;
      const datesMeet = c.date.earliest <= o.date.latest && o.date.earliest <= c.date.latest;
      const na = numbers(c.quote.text);
      const nb = numbers(o.quote.text);
      const numbersDiffer = na.size > 0 && nb.size > 0 && [...na].some((n) => !nb.has(n));
      if (!datesMeet || numbersDiffer) {
        group.flags.push({
          kind: 'contradiction',
          quote: { articleId: o.articleId, text: o.quote.text },
          description: `Draft flag: two articles seem to report the same happening but give ${!datesMeet ? `different dates (${c.date.earliest}–${c.date.latest} and ${o.date.earliest}–${o.date.latest})` : ''}${!datesMeet && numbersDiffer ? ' and ' : ''}${numbersDiffer ? `different numbers (${[...na].join(', ')} and ${[...nb].join(', ')})` : ''}. Check which is right; the drafter assumes neither.`,
        });
      }
    }
    out.push(group);
  }
  return out;
}
