import type { ActorT } from '../../data/schema';
import { keys, makeActorMatcher } from './actorSearch';

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
/** At most this many actors are offered, so the hint stays one or two lines. */
const MAX_ACTORS = 2;

/**
 * Decides whether an event search looks like an actor's name. Reuses the actor finder (every alias, then sound-alikes):
 * - an exact spelling (canonical name, alias or title) hints only when no event's text contains the query,
 *   since otherwise the search already finds what the words say;
 * - a sound-alike spelling always hints, marked `similar`.
 * Actors without events are never offered. The best first: matched by their own name, then by most events.
 * Returns a function from (query, events the search finds) to a hint, or null for no hint.
 */
export function makeNameHinter(
  actors: readonly ActorT[],
  eventsOf: (position: number) => number,
): (query: string, found: number) => NameHint | null {
  const match = makeActorMatcher(actors);
  return (raw, found) => {
    const query = raw.trim();
    const hits = match(query);
    if (!hits || hits.size === 0) return null;
    const similar = [...hits.values()].some((h) => h.similar);
    if (!similar && (found > 0 || keys(query)[1].length < MIN_SPELLING)) return null;
    const ranked = [...hits.entries()]
      .filter(([p]) => eventsOf(p) > 0)
      .sort(([p, a], [q, b]) => Number(b.via === null) - Number(a.via === null) || eventsOf(q) - eventsOf(p) || p - q)
      .slice(0, MAX_ACTORS)
      .map(([p]) => p);
    if (ranked.length === 0) return null;
    return { query, noEvents: found === 0, similar, actors: ranked };
  };
}
