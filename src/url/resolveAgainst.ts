import type { EventIndex } from '../data/model';
import type { MatchMode, ViewState } from '../state/viewState';
import { matchesForm, parseQuery } from '../lib/searchMatches';
import { quote } from './params';
import { placeMask } from '../data/placeFilter';
import { placeColumns } from '../data/places';

export interface Resolved {
  view: ViewState;
  /** What was ignored or changed, in words. */
  problems: string[];
  /** True when the link's filters hide its selected event (it stays selected and is shown anyway). */
  hiddenByFilters: boolean;
}

function listed(ids: string[]): string {
  const shown = ids.slice(0, 4).map(quote).join(', ');
  return ids.length > 4 ? `${shown} and ${ids.length - 4} more` : shown;
}

function passesSet(ids: Uint32Array, from: number, to: number, wanted: number[], mode: MatchMode): boolean {
  if (wanted.length === 0) return true;
  let hits = 0;
  for (let k = from; k < to; k++) if (wanted.includes(ids[k]!)) hits++;
  return mode === 'any' ? hits > 0 : hits >= wanted.length;
}

/** Whether event i passes the view's filters (the rule of data/filter.ts, for one event). */
export function eventPasses(index: EventIndex, i: number, view: ViewState): boolean {
  const actors = view.actors.map((id) => index.actorIndex.get(id)).filter((k): k is number => k !== undefined);
  const themes = view.themes.map((id) => index.themeIndex.get(id)).filter((k): k is number => k !== undefined);
  if (!passesSet(index.actorIds, index.actorOffsets[i]!, index.actorOffsets[i + 1]!, actors, view.actorMode))
    return false;
  if (!passesSet(index.themeIds, index.themeOffsets[i]!, index.themeOffsets[i + 1]!, themes, view.themeMode))
    return false;
  if (view.flagged && index.flags[i] === 0) return false;
  const places = placeMask(index, view.places);
  if (places && !places[i]) return false;
  const terms = parseQuery(view.search);
  return terms.length === 0 || matchesForm(index.searchText(i), terms);
}

/**
 * Checks a decoded view against the loaded dataset: an old event id is mapped to its current one,
 * unknown events, articles, actors and themes are dropped, and each drop is described.
 */
export function resolveAgainst(view: ViewState, index: EventIndex): Resolved {
  const problems: string[] = [];
  const out: ViewState = { ...view };
  let position = -1;
  if (view.event !== null) {
    position = index.indexOf(view.event);
    if (position < 0) {
      problems.push(`The linked event ${quote(view.event)} is not in this dataset; no event is selected.`);
      out.event = null;
    } else {
      out.event = index.event(position).id;
    }
  }
  if (view.article !== null && !index.articleIndex.has(view.article)) {
    problems.push(`The linked article ${quote(view.article)} is not in this dataset; it was ignored.`);
    out.article = null;
  }
  for (const [key, known, what, one] of [
    ['actors', index.actorIndex, 'actor', 'an actor'],
    ['themes', index.themeIndex, 'theme', 'a theme'],
  ] as const) {
    const unknown = view[key].filter((id) => !known.has(id));
    if (unknown.length === 0) continue;
    out[key] = view[key].filter((id) => known.has(id));
    problems.push(
      `The link filters by ${unknown.length === 1 ? one : `${what}s`} not in this dataset (${listed(unknown)}); ${unknown.length === 1 ? 'it was' : 'they were'} ignored.`,
    );
  }
  const knownPlaces = placeColumns(index).placeIndex;
  const unknownPlaces = view.places.filter((id) => !knownPlaces.has(id));
  if (unknownPlaces.length > 0) {
    out.places = view.places.filter((id) => knownPlaces.has(id));
    problems.push(
      `The link filters by ${unknownPlaces.length === 1 ? 'a place' : 'places'} not in this dataset (${listed(unknownPlaces)}); ${unknownPlaces.length === 1 ? 'it was' : 'they were'} ignored.`,
    );
  }
  if (view.window && (view.window[1] <= index.span[0] || view.window[0] >= index.span[1])) {
    problems.push("The link's time span contains none of this dataset's events; showing the opening view.");
    out.window = null;
  }
  const hiddenByFilters = position >= 0 && !eventPasses(index, position, out);
  return { view: out, problems, hiddenByFilters };
}
