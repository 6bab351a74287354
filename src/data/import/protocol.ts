import type { EventIndex } from '../model';
import type { PlaceT } from '../schema';
import type { IdTable } from './idTable';
import type { PackedRecords } from './records';
import type { ColumnMapping, ImportFormat, ImportInput, ImportOutcome } from './types';

/** What the payload carries of an EventIndex as it is: the dataset's names, lists and per-event columns (see EventIndex). */
type PayloadFields =
  | 'id'
  | 'title'
  | 'description'
  | 'count'
  | 'actors'
  | 'themes'
  | 'articles'
  | 'span'
  | 'home'
  | 'start'
  | 'end'
  | 'precision'
  | 'kind'
  | 'approximate'
  | 'flags'
  | 'startPrecision'
  | 'endPrecision'
  | 'sourceCount'
  | 'actorOffsets'
  | 'actorIds'
  | 'themeOffsets'
  | 'themeIds';

/**
 * What the worker sends the page: the column index already built, as typed arrays (transferred, not copied),
 * and the event records packed, so the page assembles an EventIndex in a few milliseconds whatever the size.
 */
export interface IndexPayload extends Pick<EventIndex, PayloadFields> {
  /** Sorted position -> record number (records stay in file order). */
  order: Uint32Array;
  /** Sparse EventIndex.likeliest: the sorted positions that have one, and their [from, to) ms, two per position. */
  likeliestAt: Uint32Array;
  likeliestRange: Float64Array;
  /** Event positions grouped by actor: those of actor a are actorGroups[actorGroupStarts[a] .. actorGroupStarts[a + 1]). */
  actorGroupStarts: Uint32Array;
  actorGroups: Uint32Array;
  themeGroupStarts: Uint32Array;
  themeGroups: Uint32Array;
  /** Places the events refer to, and each sorted event's place position (-1 for none). */
  places: PlaceT[];
  placeOf: Int32Array;
  /** Rows of a CSV (cells joined by CELL_SEP, the final id first) or Envoy event JSON, one record per event. */
  records: PackedRecords;
  recordKind: 'json' | 'row';
  /** For rows: what is needed to rebuild an event from its cells on the page. */
  rowFormat?: { format: ImportFormat; header: string[]; mapping?: ColumnMapping };
  /** Event id -> position, as typed arrays instead of a million-entry Map. */
  idTable: IdTable;
  eventAliases: Record<string, string>;
}

type OkOutcome = Extract<ImportOutcome, { kind: 'ok' }>;

/** An ImportOutcome as the worker sends it: an opened dataset carries its index as a payload of typed arrays. */
export type WireOutcome = (Omit<OkOutcome, 'index'> & { payload: IndexPayload }) | Exclude<ImportOutcome, OkOutcome>;

export type ToWorker = { type: 'start'; input: ImportInput; mapping?: ColumnMapping } | { type: 'cancel' };
export type FromWorker =
  { type: 'progress'; rows: number; bytes: number; totalBytes: number | null } | { type: 'done'; outcome: WireOutcome };

/** The buffers of a payload, to transfer rather than copy. */
export function payloadTransfer(p: IndexPayload): ArrayBuffer[] {
  const arrays = [
    p.order,
    p.start,
    p.end,
    p.precision,
    p.kind,
    p.approximate,
    p.flags,
    p.startPrecision,
    p.endPrecision,
    p.likeliestAt,
    p.likeliestRange,
    p.sourceCount,
    p.actorOffsets,
    p.actorIds,
    p.themeOffsets,
    p.themeIds,
    p.actorGroupStarts,
    p.actorGroups,
    p.themeGroupStarts,
    p.themeGroups,
    p.records.bytes,
    p.records.offsets,
    p.idTable.text,
    p.idTable.starts,
    p.idTable.slots,
    p.placeOf,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
