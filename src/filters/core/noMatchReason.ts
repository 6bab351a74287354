import type { Term } from '../../lib/searchMatches';

const quoted = (t: Term) => `“${t.text}”`;

function list(terms: readonly Term[]): string {
  const q = terms.map(quoted);
  return q.length === 1 ? q[0]! : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/**
 * Why a search finds no event, in words, from how many events each of its terms finds on its own
 * (null counts: not worked out, for data too big to search once per word). Null when the search finds something.
 */
export function noMatchReason(terms: readonly Term[], found: number, perTerm: readonly number[] | null): string | null {
  if (terms.length === 0 || found > 0) return null;
  if (!perTerm)
    return terms.length === 1
      ? `No event has a word starting with ${quoted(terms[0]!)}.`
      : 'No event has all of these words.';
  const missing = terms.filter((_, k) => perTerm[k] === 0);
  if (missing.length === terms.length && terms.length === 1)
    return `No event has a word starting with ${quoted(terms[0]!)}.`;
  if (missing.length > 0)
    return `No event has a word starting with ${list(missing)}${terms.length > 1 ? '; every word must match' : ''}.`;
  return `Each word is found, but no event has ${terms.length === 2 ? 'both' : `all ${terms.length}`} together.`;
}
