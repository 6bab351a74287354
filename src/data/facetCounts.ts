import { FLAG_CODES, type EventIndex } from './model';
import { allRows, resolveIds, searchMask, searchNeedle, type FilterCriteria } from './filter';
import { forEachOverlapping, overlapIndex } from './overlap';
import { lowerBound } from '../lib/bisect';
import { placeMask } from './placeFilter';

/**
 * What the filter panel shows beside each actor and theme, all restricted to the visible window
 * (events overlapping [from, to); the whole dataset when the window is null):
 * - actors[k]: events in view that involve actor k and pass the search and theme filters, and, in "all"
 *   mode, also involve every other selected actor (so the number is what ticking k would show).
 * - themes[k]: the same with the roles of actors and themes swapped.
 * - matching: events in view passing every filter; inView: all events in view.
 * - flagged: events in view that carry a flag and pass the other filters (what ticking "Flagged" would show);
 *   flagKinds[k]: those with a flag of kind FLAG_CODES[k].
 */
export interface FacetCounts {
  actors: Uint32Array;
  themes: Uint32Array;
  flagged: number;
  flagKinds: Uint32Array;
  matching: number;
  inView: number;
}

const longestSpan = new WeakMap<EventIndex, number>();

function maxDuration(index: EventIndex): number {
  let d = longestSpan.get(index);
  if (d === undefined) {
    d = 0;
    for (let i = 0; i < index.count; i++) d = Math.max(d, index.end[i]! - index.start[i]!);
    longestSpan.set(index, d);
  }
  return d;
}

/**
 * [first, last) positions that can overlap the window; callers still test end > from. Kept for the map's counts
 * (map/), which have not moved to the shared overlap index (data/overlap.ts) yet.
 */
export function windowRange(index: EventIndex, window: readonly [number, number] | null): [number, number] {
  if (!window) return [0, index.count];
  const [from, to] = window;
  return [
    lowerBound(index.start, from - maxDuration(index), 0, index.count),
    lowerBound(index.start, to, 0, index.count),
  ];
}

function membership(size: number, picked: number[]): Uint8Array {
  const m = new Uint8Array(size);
  for (const k of picked) m[k] = 1;
  return m;
}

/** Per-actor and per-theme counts plus the summary totals, in one pass over the events in view. */
export function facetCounts(
  index: EventIndex,
  c: FilterCriteria,
  window: readonly [number, number] | null,
  // The search's answer when the caller has it (the worker's, see state/searchAnswer.ts); else searched here.
  s: Uint8Array | null = searchMask(index, searchNeedle(c.search)),
): FacetCounts {
  const actors = new Uint32Array(index.actors.length);
  const themes = new Uint32Array(index.themes.length);
  const pickedA = resolveIds(c.actors, index.actorIndex);
  const pickedT = resolveIds(c.themes, index.themeIndex);
  const isA = membership(actors.length, pickedA);
  const isT = membership(themes.length, pickedT);
  const kA = pickedA.length;
  const kT = pickedT.length;
  const anyA = c.actorMode === 'any';
  const anyT = c.themeMode === 'any';
  const pl = placeMask(index, c.places);
  const { actorOffsets: aOff, actorIds: aIds, themeOffsets: tOff, themeIds: tIds, flags } = index;
  const onlyFlagged = c.flagged === true;
  const flagKinds = new Uint32Array(FLAG_CODES.length);
  let flagged = 0;
  let matching = 0;
  let inView = 0;
  // Nothing picked and every event in view (how a dataset opens): each actor's count is its number of events,
  // known without a pass over the events' lists; only the flags are counted.
  const everything = !window || (window[0] <= index.span[0] && window[1] >= index.span[1]);
  if (everything && !s && !pl && kA === 0 && kT === 0 && !onlyFlagged) {
    index.eventsByActor.forEach((list, k) => (actors[k] = list.length));
    index.eventsByTheme.forEach((list, k) => (themes[k] = list.length));
    for (let i = 0; i < index.count; i++) {
      const f = flags[i]!;
      if (f === 0) continue;
      flagged++;
      for (let k = 0; k < FLAG_CODES.length; k++) flagKinds[k]! += (f >> k) & 1;
    }
    return { actors, themes, flagged, flagKinds, matching: index.count, inView: index.count };
  }
  const visit = (i: number) => {
    inView++;
    if ((s && !s[i]) || (pl && !pl[i])) return;
    const a0 = aOff[i]!;
    const a1 = aOff[i + 1]!;
    const t0 = tOff[i]!;
    const t1 = tOff[i + 1]!;
    let hitsA = 0;
    for (let j = a0; j < a1; j++) hitsA += isA[aIds[j]!]!;
    let hitsT = 0;
    for (let j = t0; j < t1; j++) hitsT += isT[tIds[j]!]!;
    const passA = kA === 0 || (anyA ? hitsA > 0 : hitsA === kA);
    const passT = kT === 0 || (anyT ? hitsT > 0 : hitsT === kT);
    const f = flags[i]!;
    if (f !== 0 && passA && passT) {
      flagged++;
      for (let k = 0; k < FLAG_CODES.length; k++) flagKinds[k]! += (f >> k) & 1;
    }
    if (onlyFlagged && f === 0) return;
    // "any": the actor's own events under the other filters; "all": those that also hold every selected actor.
    if (passT && (anyA || hitsA === kA)) for (let j = a0; j < a1; j++) actors[aIds[j]!]!++;
    if (passA && (anyT || hitsT === kT)) for (let j = t0; j < t1; j++) themes[tIds[j]!]!++;
    if (passA && passT) matching++;
  };
  if (window) forEachOverlapping(overlapIndex(allRows(index), index.start, index.end), window[0], window[1], visit);
  else for (let i = 0; i < index.count; i++) visit(i);
  return { actors, themes, flagged, flagKinds, matching, inView };
}
