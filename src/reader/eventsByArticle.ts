import type { EventIndex } from '../data/model';
import type { EventT } from '../data/schema';

const cache = new WeakMap<EventIndex, Map<string, EventT[]>>();

/** For each article id, the events quoting it (real data only; generated data has no article text). Built once per dataset. */
export function eventsByArticle(index: EventIndex): Map<string, EventT[]> {
  let map = cache.get(index);
  if (map) return map;
  map = new Map();
  for (const e of index.raw?.events ?? []) {
    for (const id of new Set(e.evidence.map((q) => q.articleId))) {
      const list = map.get(id);
      if (list) list.push(e);
      else map.set(id, [e]);
    }
  }
  cache.set(index, map);
  return map;
}

/** The distinct articles an event quotes, in the order of its evidence, limited to articles the dataset has. */
export function articlesOf(index: EventIndex, event: EventT): string[] {
  return [...new Set(event.evidence.map((q) => q.articleId))].filter((id) => index.articleIndex.has(id));
}
