import type { EventIndex } from '../model';
import type { DatasetT, EventT } from '../schema';
import { groupViews } from '../groups';
import { eventSearchForm } from '../eventSearchForm';
import { searchForm } from '../../lib/searchWords';
import { importerFor } from './formats';
import { idLookup } from './idTable';
import type { IndexPayload } from './protocol';
import { CELL_SEP, recordCells, recordText } from './records';

/** Cell breaks, with any cells between them that are only numbers, dates or codes (no one searches for those, and they would match everything). */
const NUMERIC_CELLS = new RegExp(`${CELL_SEP}(?:[\\d .:,+\\-/]*${CELL_SEP})*`, 'g');

/** Events decoded recently, so that the panels asking for the same event get the same object. */
const CACHE = 4096;

/**
 * The EventIndex of an import, on the page: typed arrays as they came from the worker, and events decoded from
 * their packed records one at a time when shown. Costs a few milliseconds whatever the number of events.
 */
export function assembleIndex(p: IndexPayload, dataset: DatasetT | null): EventIndex {
  const importer =
    p.recordKind === 'row' && p.rowFormat
      ? importerFor(p.rowFormat.format, p.rowFormat.header, p.rowFormat.mapping)
      : null;
  const cache = new Map<number, EventT>();
  const decode = (k: number): EventT => {
    if (dataset && p.recordKind === 'json') return dataset.events[k]!;
    if (!importer) return JSON.parse(recordText(p.records, k)) as EventT;
    const cells = recordCells(p.records, k);
    return importer.event(cells.slice(1), cells[0]!);
  };
  const event = (i: number): EventT => {
    const k = p.order[i]!;
    let e = cache.get(k);
    if (e) return e;
    e = decode(k);
    if (cache.size >= CACHE) cache.delete(cache.keys().next().value!);
    cache.set(k, e);
    return e;
  };
  const lookup = idLookup(p.idTable);
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    synthetic: false,
    count: p.count,
    start: p.start,
    end: p.end,
    precision: p.precision,
    kind: p.kind,
    approximate: p.approximate,
    flags: p.flags,
    startPrecision: p.startPrecision,
    endPrecision: p.endPrecision,
    likeliest: new Map(
      Array.from(p.likeliestAt, (at, j) => [at, [p.likeliestRange[2 * j]!, p.likeliestRange[2 * j + 1]!] as const]),
    ),
    sourceCount: p.sourceCount,
    actorOffsets: p.actorOffsets,
    actorIds: p.actorIds,
    themeOffsets: p.themeOffsets,
    themeIds: p.themeIds,
    actors: p.actors,
    themes: p.themes,
    articles: p.articles,
    span: p.span,
    home: p.home,
    event,
    indexOf: (id) => {
      const at = lookup(id);
      if (at >= 0) return at;
      const to = Object.hasOwn(p.eventAliases, id) ? p.eventAliases[id] : undefined;
      return to === undefined ? -1 : lookup(to);
    },
    searchText: importer
      ? // The words of the row itself (names, places, types, notes, sources; not its numbers): a search over a
        // million rows then costs a decode per row, not a whole event built per row.
        (i) => {
          const row = recordText(p.records, p.order[i]!);
          // Bracketed by breaks so that the first and last cells are cells too; the id (first) is left out. The search
          // form, as every other dataset's searchText gives, so a word that starts a cell ("Taliban") is a word too.
          return searchForm(`${row.slice(row.indexOf(CELL_SEP))}${CELL_SEP}`.replace(NUMERIC_CELLS, '\n'));
        }
      : (i) => {
          return eventSearchForm(event(i));
        },
    actorIndex: new Map(p.actors.map((a, k) => [a.id, k])),
    themeIndex: new Map(p.themes.map((t, k) => [t.id, k])),
    articleIndex: new Map(p.articles.map((a, k) => [a.id, k])),
    eventsByActor: groupViews({ starts: p.actorGroupStarts, buffer: p.actorGroups }),
    eventsByTheme: groupViews({ starts: p.themeGroupStarts, buffer: p.themeGroups }),
    places: p.places,
    placeOf: p.placeOf,
    raw: dataset,
  };
}
