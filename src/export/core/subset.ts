import type { DatasetT, EventT } from '../../data/schema';
import { SCHEMA_VERSION } from '../../data/schema';

export interface SubsetResult {
  dataset: DatasetT;
  /** Events added because a chosen event's date is counted from them (the dataset would not be valid without them). */
  addedForDates: string[];
}

/** Adds to `ids` the events that their dates are counted from (relative-to-event), again and again; returns those added. */
function closeOverRelatives(byId: Map<string, EventT>, aliases: Record<string, string>, ids: Set<string>): string[] {
  const added: string[] = [];
  const queue = [...ids];
  while (queue.length > 0) {
    const e = byId.get(queue.pop()!);
    const rel = e?.date.derivation.relativeTo;
    if (!rel) continue;
    const target = byId.has(rel) ? rel : aliases[rel];
    if (target && !ids.has(target)) {
      ids.add(target);
      added.push(target);
      queue.push(target);
    }
  }
  return added;
}

/**
 * A valid Envoy dataset holding just the given events, with the actors (and those they belong to), themes,
 * articles and places they refer to. Events their dates are counted from come along, so every reference holds.
 */
export function datasetSubset(
  raw: DatasetT,
  eventIds: Iterable<string>,
  note: { title: string; description: string },
): SubsetResult {
  const byId = new Map(raw.events.map((e) => [e.id, e]));
  const ids = new Set([...eventIds].filter((id) => byId.has(id)));
  const addedForDates = closeOverRelatives(byId, raw.eventAliases, ids);
  const events = raw.events.filter((e) => ids.has(e.id));

  const actorIds = new Set(events.flatMap((e) => e.actors.map((a) => a.actorId)));
  const actorById = new Map(raw.actors.map((a) => [a.id, a]));
  for (const id of [...actorIds]) {
    for (let a = actorById.get(id); a?.affiliation && !actorIds.has(a.affiliation); a = actorById.get(a.affiliation))
      actorIds.add(a.affiliation);
  }
  const themeIds = new Set(events.flatMap((e) => e.themes));
  const articleIds = new Set(
    events.flatMap((e) => [
      ...e.evidence.map((q) => q.articleId),
      ...e.flags.map((f) => f.quote.articleId),
      ...(e.date.derivation.articleId ? [e.date.derivation.articleId] : []),
    ]),
  );
  const placeById = new Map((raw.places ?? []).map((p) => [p.id, p]));
  const placeIds = new Set(events.flatMap((e) => (e.place ? [e.place] : [])));
  for (const id of [...placeIds]) {
    for (let p = placeById.get(id); p?.within && !placeIds.has(p.within); p = placeById.get(p.within))
      placeIds.add(p.within);
  }
  // Themes are required (at least one); an empty selection keeps the dataset's own so the file still opens.
  const themes = raw.themes.filter((t) => themeIds.has(t.id));
  const articles = raw.articles.filter((a) => articleIds.has(a.id));

  const dataset: DatasetT = {
    schemaVersion: SCHEMA_VERSION,
    id: raw.id,
    title: note.title,
    description: note.description,
    version: raw.version,
    articles: articles.length > 0 ? articles : raw.articles.slice(0, 1),
    actors: raw.actors.filter((a) => actorIds.has(a.id)),
    themes: themes.length > 0 ? themes : raw.themes,
    events,
    ...(raw.places ? { places: raw.places.filter((p) => placeIds.has(p.id)) } : {}),
    ...(raw.home ? { home: raw.home } : {}),
    eventAliases: Object.fromEntries(Object.entries(raw.eventAliases).filter(([, to]) => ids.has(to))),
  };
  return { dataset, addedForDates };
}
