import type { DatasetT, EventT } from './schema';
import { allocateColumns, emptySpan, KIND_CODES, PRECISION_CODES, type EventIndex } from './model';
import { groupPositions, groupViews } from './groups';
import { eventDetail } from './eventDetail';
import { dayEndMs, dayToMs } from '../lib/days';
import { eventSearchForm } from './eventSearchForm';
import { own } from '../lib/own';
import { byCodeUnit } from '../lib/byCodeUnit';

/** Builds the column index of a validated dataset, events sorted by time. */
export function buildIndex(ds: DatasetT): EventIndex {
  const events: EventT[] = [...ds.events].sort(
    (a, b) =>
      byCodeUnit(a.date.earliest, b.date.earliest) ||
      byCodeUnit(a.date.latest, b.date.latest) ||
      byCodeUnit(a.id, b.id),
  );
  const n = events.length;
  const actorIndex = new Map(ds.actors.map((a, i) => [a.id, i]));
  const themeIndex = new Map(ds.themes.map((t, i) => [t.id, i]));
  const articleIndex = new Map(ds.articles.map((a, i) => [a.id, i]));
  const byId = new Map(events.map((e, i) => [e.id, i]));

  const columns = allocateColumns(n);
  const {
    start,
    end,
    precision,
    kind,
    approximate,
    flags,
    startPrecision,
    endPrecision,
    sourceCount,
    actorOffsets,
    themeOffsets,
  } = columns;
  const likeliest = new Map<number, readonly [number, number]>();
  const actorLists: number[][] = [];
  const themeLists: number[][] = [];
  events.forEach((e, i) => {
    start[i] = dayToMs(e.date.earliest);
    end[i] = dayEndMs(e.date.latest);
    precision[i] = PRECISION_CODES.indexOf(e.date.precision);
    kind[i] = KIND_CODES.indexOf(e.kind);
    approximate[i] = e.date.approximate ? 1 : 0;
    const more = eventDetail(e);
    flags[i] = more.flags;
    startPrecision[i] = more.startPrecision;
    endPrecision[i] = more.endPrecision;
    if (more.likeliest) likeliest.set(i, more.likeliest);
    sourceCount[i] = new Set(e.evidence.map((q) => q.articleId)).size;
    // A commentator spoke of the event later; they did not take part, so the actor filter and counts leave them out.
    const takingPart = e.actors.filter((a) => a.role !== 'commentator');
    const actors = [...new Set(takingPart.map((a) => actorIndex.get(a.actorId) ?? -1))].filter((k) => k >= 0);
    const themes = [...new Set(e.themes.map((t) => themeIndex.get(t) ?? -1))].filter((k) => k >= 0);
    actorLists.push(actors);
    themeLists.push(themes);
    actorOffsets[i + 1] = actorOffsets[i]! + actors.length;
    themeOffsets[i + 1] = themeOffsets[i]! + themes.length;
  });
  const actorIds = Uint32Array.from(actorLists.flat());
  const themeIds = Uint32Array.from(themeLists.flat());
  const places = ds.places ?? [];
  const placeIndex = new Map(places.map((p, k) => [p.id, k]));
  const placeOf = Int32Array.from(events, (e) => (e.place === undefined ? -1 : (placeIndex.get(e.place) ?? -1)));
  // Each event's search form is made the first time a search reads it, not before the first paint.
  const search: (string | undefined)[] = new Array(n);

  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, start[i]!);
    hi = Math.max(hi, end[i]!);
  }
  if (n === 0) [lo, hi] = emptySpan();

  return {
    id: ds.id,
    title: ds.title,
    description: ds.description,
    synthetic: false,
    count: n,
    ...columns,
    likeliest,
    actorIds,
    themeIds,
    actors: ds.actors,
    themes: ds.themes,
    articles: ds.articles,
    span: [lo, hi],
    home: ds.home ? [dayToMs(ds.home.earliest), dayEndMs(ds.home.latest)] : [lo, hi],
    event: (i) => events[i]!,
    indexOf: (id) => byId.get(id) ?? byId.get(own(ds.eventAliases, id) ?? '') ?? -1,
    searchText: (i) => (search[i] ??= eventSearchForm(events[i]!)),
    actorIndex,
    themeIndex,
    articleIndex,
    eventsByActor: groupViews(groupPositions(n, actorOffsets, actorIds, ds.actors.length)),
    eventsByTheme: groupViews(groupPositions(n, themeOffsets, themeIds, ds.themes.length)),
    places,
    placeOf,
    raw: ds,
  };
}
