import type { EventIndex } from './model';
import type { MatchMode, StatusFilter } from './vocabulary';
import { matchesForm, narrows, parseQuery, queryKey, type Term } from '../lib/searchMatches';
import { buildHaystack, searchHaystack } from './searchHaystack';
import { placeMask } from './placeFilter';

export interface FilterCriteria {
  actors: string[];
  actorMode: MatchMode;
  themes: string[];
  themeMode: MatchMode;
  search: string;
  /** Only events that carry a flag. */
  flagged?: boolean;
  /** Place ids; an event passes when it is placed at one of them or within one (absent means no place filter). */
  places?: string[];
  /** Review status; absent or 'all' keeps every event. */
  status?: StatusFilter;
}

/** A search query reduced to its terms (lib/searchMatches.ts), as one key: equal keys find the same events; '' means no search. */
export function searchNeedle(query: string): string {
  return queryKey(parseQuery(query));
}

/** Positions (deduplicated, in the order given) of the ids that the dataset knows; unknown ids are ignored. */
export function resolveIds(ids: readonly string[], lookup: Map<string, number>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const k = lookup.get(id);
    if (k !== undefined && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * 1 for the events that carry any (or all) of the picked actors/themes, or null when nothing is picked.
 * Counts hits per event over the picked posting lists, so the cost is their total length, not a scan of every event's list.
 */
export function setMask(
  lists: readonly Uint32Array[],
  picked: readonly number[],
  mode: MatchMode,
  count: number,
): Uint8Array | null {
  if (picked.length === 0) return null;
  const hits = new Uint16Array(count);
  for (const k of picked) {
    const list = lists[k];
    if (list) for (let j = 0; j < list.length; j++) hits[list[j]!]!++;
  }
  const need = mode === 'any' ? 1 : picked.length;
  const mask = new Uint8Array(count);
  for (let i = 0; i < count; i++) if (hits[i]! >= need) mask[i] = 1;
  return mask;
}

interface SearchCache {
  needle: string;
  terms: Term[];
  mask: Uint8Array;
}
const searchCache = new WeakMap<EventIndex, SearchCache>();

/** The events that match the terms, by the definition in lib/searchMatches.ts, without touching the cache. */
export function matchTerms(index: EventIndex, terms: Term[], narrowing: Uint8Array | null = null): Uint8Array {
  const haystack = buildHaystack(index);
  if (haystack) return searchHaystack(haystack, terms, index.count);
  const mask = new Uint8Array(index.count);
  for (let i = 0; i < index.count; i++) {
    if (narrowing && !narrowing[i]) continue;
    if (matchesForm(index.searchText(i), terms)) mask[i] = 1;
  }
  return mask;
}

/**
 * 1 for the events whose title, summary or evidence match the needle (a key from searchNeedle), or null for no search.
 * Uses the index's haystack (one string, see searchHaystack.ts); for datasets too big for one, remembers the last
 * answer so that while someone types ("pri" -> "pris") only the previous matches are tested again.
 */
export function searchMask(index: EventIndex, needle: string): Uint8Array | null {
  if (!needle) return null;
  const prev = searchCache.get(index);
  if (prev && prev.needle === needle) return prev.mask;
  const terms = parseQuery(needle);
  const narrowing = prev && narrows(terms, prev.terms) ? prev.mask : null;
  const mask = matchTerms(index, terms, narrowing);
  searchCache.set(index, { needle, terms, mask });
  return mask;
}

const candidates = new WeakMap<EventIndex, Uint8Array>();

/** 1 for the drafted candidates (`status: 'candidate'`), computed once per dataset; generated data has none. */
export function candidateMask(index: EventIndex): Uint8Array {
  let mask = candidates.get(index);
  if (!mask) {
    mask = new Uint8Array(index.count);
    if (index.raw) for (let i = 0; i < index.count; i++) if (index.event(i).status === 'candidate') mask[i] = 1;
    candidates.set(index, mask);
  }
  return mask;
}

const everyEvent = new WeakMap<EventIndex, Uint32Array>();

/** Every position, 0 .. count - 1: one shared array per dataset. */
export function allRows(index: EventIndex): Uint32Array {
  let all = everyEvent.get(index);
  if (!all) {
    all = new Uint32Array(index.count);
    for (let i = 0; i < index.count; i++) all[i] = i;
    everyEvent.set(index, all);
  }
  return all;
}

/**
 * Positions (in time order) of the events that pass the actor, theme, search, flagged, status and place filters,
 * combined with AND. `s` is the search's answer when the caller already has it (the worker's); by default it is
 * searched here.
 */
export function filterEvents(
  index: EventIndex,
  c: FilterCriteria,
  s: Uint8Array | null = searchMask(index, searchNeedle(c.search)),
): Uint32Array {
  const n = index.count;
  const a = setMask(index.eventsByActor, resolveIds(c.actors, index.actorIndex), c.actorMode, n);
  const t = setMask(index.eventsByTheme, resolveIds(c.themes, index.themeIndex), c.themeMode, n);
  const fl = c.flagged === true ? index.flags : null;
  const p = placeMask(index, c.places);
  const status = c.status ?? 'all';
  const cand = status === 'all' ? null : candidateMask(index);
  const want = status === 'candidate' ? 1 : 0;
  if (!a && !t && !s && !fl && !cand && !p) return allRows(index);
  const out = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if ((a && !a[i]) || (t && !t[i]) || (s && !s[i]) || (fl && !fl[i]) || (cand && cand[i] !== want) || (p && !p[i]))
      continue;
    out[m++] = i;
  }
  return out.slice(0, m);
}
