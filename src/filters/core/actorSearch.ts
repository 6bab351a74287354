import type { ActorT } from '../../data/schema';
import { normalizeText } from '../../lib/normalize';

/** Folded, and folded with spaces and punctuation dropped ("al-Qaeda", "Al Qaeda" and "alqaeda" all agree). */
export function keys(s: string): [string, string] {
  const folded = normalizeText(s.trim());
  return [folded, folded.replace(/[^\p{L}\p{N}]+/gu, '')];
}

/**
 * A rough sound-alike key for transliterated names: drops "h", doubled letters and the usual vowel spellings,
 * so "Zabiullah" finds "Zabihullah" and "Mohammad" finds "Muhammad" when no spelling matches exactly.
 */
export function skeleton(compact: string): string {
  return compact
    .replace(/h/g, '')
    .replace(/q/g, 'k')
    .replace(/ee|ey|y/g, 'i')
    .replace(/oo|ou|o/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

interface Entry {
  text: string;
  compact: string;
  /** Offsets in `compact` where a word of the spelling starts. */
  starts: number[];
  /** The sound-alike key of the spelling from each word start on. */
  sounds: string[];
  isName: boolean;
}

/** Where each word starts once spaces and punctuation are dropped: "Zalmay Khalilzad" gives [0, 6]. */
function wordStarts(folded: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const w of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    out.push(at);
    at += w.length;
  }
  return out;
}

/** How an actor was found: via null when its own name matched, else the alias or title; similar when only by sound. */
export interface ActorHit {
  via: string | null;
  similar: boolean;
}

/** Shortest query worth a sound-alike search; shorter ones match too much. */
const MIN_SIMILAR = 4;

/**
 * Finds actors by any name an article uses: canonical name, every alias, or title, ignoring case, accents and
 * punctuation, where the query starts at a word of the name ("ghani" finds Ashraf Ghani, not "Afghanistan"); when
 * nothing matches, by a sound-alike spelling. Returns a matcher from query to hits by actor
 * position, or null for an empty query (show everyone).
 */
export function makeActorMatcher(actors: readonly ActorT[]): (query: string) => Map<number, ActorHit> | null {
  // Folded names and their sound-alike keys are built for the first query, not when the panel first shows.
  let built: Entry[][] | null = null;
  const entriesOf = () =>
    (built ??= actors.map((a) =>
      [a.name, ...a.aliases, ...(a.title ? [a.title] : [])].map((text, k) => {
        const [folded, compact] = keys(text);
        const starts = wordStarts(folded);
        return { text, compact, starts, sounds: starts.map((at) => skeleton(compact.slice(at))), isName: k === 0 };
      }),
    ));
  return (query) => {
    const [folded, compact] = keys(query);
    if (!folded) return null;
    const out = new Map<number, ActorHit>();
    if (!compact) return out;
    const entries = entriesOf();
    entries.forEach((list, position) => {
      const hit = list.find((e) => e.starts.some((at) => e.compact.startsWith(compact, at)));
      if (hit) out.set(position, { via: hit.isName ? null : hit.text, similar: false });
    });
    if (out.size > 0 || compact.length < MIN_SIMILAR) return out;
    const sound = skeleton(compact);
    entries.forEach((list, position) => {
      const hit = list.find((e) => e.sounds.some((s) => s.startsWith(sound)));
      if (hit) out.set(position, { via: hit.text, similar: true });
    });
    return out;
  };
}
