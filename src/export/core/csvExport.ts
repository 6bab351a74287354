import type { EventIndex } from '../../data/model';
import { BOM, csvRow } from '../../lib/csv';
import { EXPORT_COLUMNS } from './acledColumns';
import { eventRecord, type RowContext } from './acledRow';

/** Rows per chunk: big enough that a million rows is a few hundred messages, small enough to report progress often. */
export const CSV_CHUNK_ROWS = 5000;

/** The row context of an index: actor names, article outlets, places; links made by `link`. */
export function rowContext(index: EventIndex, link: (eventId: string) => string): RowContext {
  const places = new Map((index.raw?.places ?? []).map((p) => [p.id, p]));
  return {
    actor: (id) => index.actors[index.actorIndex.get(id) ?? -1],
    outlet: (id) => index.articles[index.articleIndex.get(id) ?? -1]?.outlet ?? null,
    place: (id) => places.get(id),
    link,
  };
}

/** The header line, after the byte order mark that tells Excel the file is UTF-8. */
export function csvHeader(): string {
  return BOM + csvRow(EXPORT_COLUMNS);
}

/** The CSV text of events positions[from .. to), one line each. */
export function csvLines(
  index: EventIndex,
  positions: ArrayLike<number>,
  from: number,
  to: number,
  ctx: RowContext,
): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const rec = eventRecord(index.event(positions[k]!), ctx) as Record<string, string>;
    out += csvRow(EXPORT_COLUMNS.map((c) => rec[c]));
  }
  return out;
}

/** The whole CSV file of the given events, as one string (for small exports and tests). */
export function csvText(index: EventIndex, positions: ArrayLike<number>, ctx: RowContext): string {
  return csvHeader() + csvLines(index, positions, 0, positions.length, ctx);
}
