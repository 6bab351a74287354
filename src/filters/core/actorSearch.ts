import type { ActorT } from '../../data/schema';
import { normalizeText } from '../../lib/normalize';

/** Folded, and folded with spaces and punctuation dropped ("al-Qaeda", "Al Qaeda" and "alqaeda" all agree). */
function keys(s: string): [string, string] {
  const folded = normalizeText(s.trim());
  return [folded, folded.replace(/[^\p{L}\p{N}]+/gu, '')];
}

interface Entry {
  text: string;
  folded: string;
  compact: string;
  isName: boolean;
}

/**
 * Finds actors by any name an article uses: canonical name, every alias, or title.
 * Returns a matcher from query to (actor position -> the alias that matched, or null when the name itself did),
 * or null for an empty query (show everyone).
 */
export function makeActorMatcher(actors: readonly ActorT[]): (query: string) => Map<number, string | null> | null {
  const entries: Entry[][] = actors.map((a) =>
    [a.name, ...a.aliases, ...(a.title ? [a.title] : [])].map((text, k) => {
      const [folded, compact] = keys(text);
      return { text, folded, compact, isName: k === 0 };
    }),
  );
  return (query) => {
    const [folded, compact] = keys(query);
    if (!folded) return null;
    const out = new Map<number, string | null>();
    entries.forEach((list, position) => {
      const hit = list.find((e) => e.folded.includes(folded) || (compact.length > 1 && e.compact.includes(compact)));
      if (hit) out.set(position, hit.isName ? null : hit.text);
    });
    return out;
  };
}
