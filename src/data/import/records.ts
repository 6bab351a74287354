/*
 * Event records packed into one UTF-8 buffer with an offsets array, so that a million of them cross from the
 * worker to the page as two transferred buffers instead of a million cloned objects, and are decoded one at a
 * time when an event is shown.
 */

/** Separates the cells of a row record; a cell holding one has it replaced by a space. */
export const CELL_SEP = '\u001f';

export class RecordWriter {
  private bytes: Uint8Array;
  private offsets: Uint32Array;
  private used = 0;
  private n = 0;
  private readonly encoder = new TextEncoder();

  constructor(byteHint = 1 << 16, countHint = 1024) {
    this.bytes = new Uint8Array(Math.max(1024, byteHint));
    this.offsets = new Uint32Array(Math.max(16, countHint + 1));
  }

  get count(): number {
    return this.n;
  }

  /** Appends one record (any string). */
  add(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const need = this.used + text.length * 3;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, Math.floor(this.bytes.length * 1.5)));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.used += this.encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    if (this.n + 2 > this.offsets.length) {
      const grown = new Uint32Array(Math.floor(this.offsets.length * 1.5) + 16);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[++this.n] = this.used;
  }

  /** Appends a row as one record: `first` (the event id), then the first `n` cells. */
  addCells(first: string, cells: readonly string[], n: number): void {
    // One join makes one flat string; building it cell by cell would leave a chain of pieces per row to collect.
    let clean = true;
    for (let k = 0; k < n && clean; k++) if ((cells[k] ?? '').includes(CELL_SEP)) clean = false;
    const row =
      cells.length === n && clean
        ? cells
        : Array.from({ length: n }, (_, k) => (cells[k] ?? '').replaceAll(CELL_SEP, ' '));
    this.add(first + CELL_SEP + row.join(CELL_SEP));
  }

  /** The packed records (views of the buffers, not copies: hundreds of megabytes are not copied again). */
  finish(): PackedRecords {
    return { bytes: this.bytes.subarray(0, this.used), offsets: this.offsets.subarray(0, this.n + 1) };
  }
}

export interface PackedRecords {
  bytes: Uint8Array;
  /** Record k is bytes[offsets[k] .. offsets[k + 1]). */
  offsets: Uint32Array;
}

const decoder = new TextDecoder();

/** The text of record k. */
export function recordText(r: PackedRecords, k: number): string {
  return decoder.decode(r.bytes.subarray(r.offsets[k]!, r.offsets[k + 1]!));
}

/** The cells of row record k. */
export function recordCells(r: PackedRecords, k: number): string[] {
  return recordText(r, k).split(CELL_SEP);
}
