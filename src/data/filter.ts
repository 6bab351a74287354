import type { EventIndex } from './model';
import type { MatchMode } from '../state/viewState';
import { normalizeText } from '../lib/normalize';

export interface FilterCriteria {
  actors: string[];
  actorMode: MatchMode;
  themes: string[];
  themeMode: MatchMode;
  search: string;
}

function matchesSet(ids: Uint32Array, from: number, to: number, wanted: Set<number>, mode: MatchMode): boolean {
  if (wanted.size === 0) return true;
  let hits = 0;
  for (let k = from; k < to; k++) if (wanted.has(ids[k]!)) hits++;
  return mode === 'any' ? hits > 0 : hits >= wanted.size;
}

/** Positions (in time order) of the events that pass the actor, theme and search filters. */
export function filterEvents(index: EventIndex, c: FilterCriteria): Uint32Array {
  const actorSet = new Set(c.actors.map((id) => index.actorIndex.get(id)).filter((k): k is number => k !== undefined));
  const themeSet = new Set(c.themes.map((id) => index.themeIndex.get(id)).filter((k): k is number => k !== undefined));
  const needle = normalizeText(c.search.trim());
  const out = new Uint32Array(index.count);
  let n = 0;
  for (let i = 0; i < index.count; i++) {
    if (!matchesSet(index.actorIds, index.actorOffsets[i]!, index.actorOffsets[i + 1]!, actorSet, c.actorMode)) continue;
    if (!matchesSet(index.themeIds, index.themeOffsets[i]!, index.themeOffsets[i + 1]!, themeSet, c.themeMode)) continue;
    if (needle && !index.searchText(i).includes(needle)) continue;
    out[n++] = i;
  }
  return out.slice(0, n);
}
