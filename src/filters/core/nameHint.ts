import type { ActorT } from '../../data/schema';
import { keys, makeActorMatcher, skeleton } from './actorSearch';

/** What the event search hint says: the query, whether the search found nothing, and the actors (by position) it may mean. */
export interface NameHint {
  query: string;
  /** True when no event's title, summary or evidence contains the query. */
  noEvents: boolean;
  /** True when the actors were found only by a sound-alike spelling, not by one an article uses. */
  similar: boolean;
  actors: number[];
}

/** Shortest query (letters and digits) worth hinting by an exact spelling; "US" or "IS" would hint at almost anything. */
const MIN_SPELLING = 3;
/** Shortest sound-alike key worth hinting; shorter ones are small words in titles ("four" sounds like "for"). */
const MIN_SOUND = 4;
/** At most this many actors are offered, so the hint stays one or two lines. */
const MAX_ACTORS = 2;

/**
 * Sound-alike keys of every run of whole words in an actor's spellings: "Zalmay", "Khalilzad", "Zalmay Khalilzad", ...
 * The actor finder matches any part of a word, which is right for narrowing a list but too loose for a hint
 * ("that" is inside "represen-tat-ives"); a hint needs the query to be whole words of a name.
 */
function wordRuns(actor: ActorT): Set<string> {
  const out = new Set<string>();
  for (const text of [actor.name, ...actor.aliases, ...(actor.title ? [actor.title] : [])]) {
    const words = keys(text)[0]
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) out.add(skeleton(words.slice(i, j).join('')));
  }
  return out;
}

/**
 * Decides whether an event search looks like an actor's name. Reuses the actor finder (every alias, then sound-alikes):
 * - an exact spelling (canonical name, alias or title) hints only when no event's text contains the query,
 *   since otherwise the search already finds what the words say;
 * - a sound-alike spelling always hints, marked `similar`;
 * either way the query must sound like whole words of a spelling ("Zalmai" for "Zalmay", not "that" for "representatives").
 * Actors without events are never offered. The best first: matched by their own name, then by most events.
 * Returns a function from (query, events the search finds) to a hint, or null for no hint.
 */
export function makeNameHinter(
  actors: readonly ActorT[],
  eventsOf: (position: number) => number,
): (query: string, found: number) => NameHint | null {
  const match = makeActorMatcher(actors);
  const runs: (Set<string> | undefined)[] = [];
  const wholeWords = (position: number, sound: string) => (runs[position] ??= wordRuns(actors[position]!)).has(sound);
  return (raw, found) => {
    const query = raw.trim();
    const hits = match(query);
    if (!hits || hits.size === 0) return null;
    const similar = [...hits.values()].some((h) => h.similar);
    const compact = keys(query)[1];
    if (!similar && (found > 0 || compact.length < MIN_SPELLING)) return null;
    const sound = skeleton(compact);
    if (similar && sound.length < MIN_SOUND) return null;
    const ranked = [...hits.entries()]
      .filter(([p]) => eventsOf(p) > 0 && wholeWords(p, sound))
      .sort(([p, a], [q, b]) => Number(b.via === null) - Number(a.via === null) || eventsOf(q) - eventsOf(p) || p - q)
      .slice(0, MAX_ACTORS)
      .map(([p]) => p);
    if (ranked.length === 0) return null;
    return { query, noEvents: found === 0, similar, actors: ranked };
  };
}
