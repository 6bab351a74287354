import type { DatasetT, EventT } from '../schema';
import { SCHEMA_VERSION } from '../schema';
import { ColumnBuilder } from './columns';
import type { IndexPayload } from './protocol';
import { RecordWriter } from './records';
import { Registry } from './registry';
import { isProblem, type CsvImporter } from './rowFormat';
import type { ColumnMapping, RowProblem } from './types';

/** Up to this many events, the outcome also carries the dataset as objects (cheap to clone); above it, only the index. */
export const DATASET_MAX = 5_000;
/** Past this many skipped rows, the rest are counted but not listed. */
export const PROBLEMS_LISTED = 1_000;

/** Reads the rows of one CSV through its importer into index columns, packed records and a list of skipped rows. */
export class CsvCollector {
  readonly registry = new Registry();
  readonly columns = new ColumnBuilder();
  readonly records: RecordWriter;
  readonly skipped: RowProblem[] = [];
  skippedCount = 0;
  /** Row number of each event read, by the order it was read in. */
  private readonly rowOf: number[] = [];
  private readonly actorBuf: number[] = [];
  private readonly themeBuf: number[] = [];

  constructor(
    readonly importer: CsvImporter,
    readonly header: string[],
    byteHint = 0,
  ) {
    this.records = new RecordWriter(byteHint > 0 ? Math.ceil(byteHint * 1.05) + 4096 : 1 << 16);
  }

  /** Records a skipped row. */
  skip(row: number, column: string, message: string): void {
    this.skippedCount++;
    if (this.skipped.length < PROBLEMS_LISTED) this.skipped.push({ row, column, message });
  }

  /** Reads one row (cells as parsed; `row` the 1-based row number, the header being row 1). */
  add(cells: string[], row: number): void {
    if (cells.length < this.header.length) {
      this.skip(row, '', `has ${cells.length} cells where the header has ${this.header.length}`);
      return;
    }
    if (cells.length > this.header.length && cells.slice(this.header.length).some((c) => c.trim() !== '')) {
      this.skip(row, '', `has ${cells.length} cells where the header has ${this.header.length}`);
      return;
    }
    const r = this.importer.read(cells);
    if (r === null) return;
    if (isProblem(r)) {
      this.skip(row, r.column, r.message);
      return;
    }
    const cols = this.columns;
    let id = r.id;
    const earlier = id === '' ? -1 : cols.claim(id);
    if (earlier >= 0 && this.importer.idsFromSource) {
      this.skip(row, '', `repeats the id "${id}" of row ${this.rowOf[earlier]}`);
      return;
    }
    if (id === '' || earlier >= 0) {
      id = this.freeId(id || r.idBase || `row-${row}`);
      cols.claim(id);
    }
    this.rowOf.push(row);
    const a = this.actorBuf;
    const t = this.themeBuf;
    a.length = 0;
    t.length = 0;
    for (const actor of r.actors) a.push(this.registry.actor(actor));
    for (const theme of r.themes) t.push(this.registry.theme(theme));
    const place = r.place ? this.registry.place(r.place) : -1;
    cols.push(r.first, r.last, r.precision, r.approximate, r.kind, r.sourceCount, a, t, place);
    this.records.addCells(id, cells, this.header.length);
  }

  private freeId(base: string): string {
    if (!this.columns.taken(base)) return base;
    for (let k = 2; ; k++) if (!this.columns.taken(`${base}-${k}`)) return `${base}-${k}`;
  }

  /** Sorts and packs; the dataset as objects too when it is small. */
  finish(
    meta: { id: string; title: string; description: string },
    mapping?: ColumnMapping,
  ): { payload: IndexPayload; dataset: DatasetT | null } {
    const { actors, themes, places } = this.registry;
    const records = this.records.finish();
    const payload = this.columns.build(
      { ...meta, actors, themes, places, articles: [], eventAliases: {} },
      records,
      'row',
      {
        format: this.importer.format,
        header: this.header,
        mapping,
      },
    );
    if (payload.count > DATASET_MAX) return { payload, dataset: null };
    const events: EventT[] = [];
    const decoder = new TextDecoder();
    for (let i = 0; i < payload.count; i++) {
      const k = payload.order[i]!;
      const cells = decoder
        .decode(records.bytes.subarray(records.offsets[k]!, records.offsets[k + 1]!))
        .split('\u001f');
      events.push(this.importer.event(cells.slice(1), cells[0]!));
    }
    const dataset: DatasetT = {
      schemaVersion: SCHEMA_VERSION,
      ...meta,
      version: new Date().toISOString().slice(0, 10),
      articles: [],
      actors,
      themes,
      events,
      places,
      eventAliases: {},
    };
    return { payload, dataset };
  }
}
