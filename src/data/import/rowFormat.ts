import type { ActorT, EventT, PlaceT } from '../schema';
import type { ImportFormat } from './types';

/** An actor named by a row; the first row to name it decides its type. */
export interface RowActor {
  id: string;
  name: string;
  type: ActorT['type'];
}

export interface RowTheme {
  id: string;
  label: string;
  description: string;
}

/** What the index needs of one row, read cheaply; the full event is rebuilt from the cells only when shown. */
export interface RowRead {
  /** The source's own id as a slug, or '' when the format has none (the collector then makes one). */
  id: string;
  /** A readable base for a made-up id ("2020-03-15-ceasefire-announced"), when `id` is ''. */
  idBase?: string;
  /** First and last possible day, UTC ms at midnight (last inclusive). */
  first: number;
  last: number;
  /** Index into PRECISION_CODES. */
  precision: number;
  approximate: boolean;
  /** Index into KIND_CODES. */
  kind: number;
  actors: RowActor[];
  themes: RowTheme[];
  sourceCount: number;
  place?: PlaceT;
}

/** Why a row was skipped: the column at fault and what is wrong with it, in words. */
export interface CellProblem {
  column: string;
  message: string;
}

/** One CSV format: a pure reader of rows, made from the header (and the user's mapping for a generic CSV). */
export interface CsvImporter {
  format: ImportFormat;
  /** True when ids come from the file, so a repeated id is a bad row rather than a second event. */
  idsFromSource: boolean;
  /** null: a row that is not an event (a TimelineJS title slide), skipped without complaint. */
  read(cells: readonly string[]): RowRead | CellProblem | null;
  /** The full event of a row whose final id is `id`. */
  event(cells: readonly string[], id: string): EventT;
}

export function isProblem(r: RowRead | CellProblem | null): r is CellProblem {
  return r !== null && 'message' in r;
}

/** Column positions by lower-cased, trimmed name. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!m.has(key)) m.set(key, i);
  });
  return m;
}

/** A cell getter for a named column; an absent column reads as ''. */
export function cellOf(cols: Map<string, number>, name: string): (cells: readonly string[]) => string {
  const k = cols.get(name.toLowerCase());
  if (k === undefined) return () => '';
  return (cells) => (cells[k] ?? '').trim();
}

/** Every non-empty cell of the columns not named in `used`, keyed by the header as written. */
export function extraCells(
  header: readonly string[],
  used: ReadonlySet<string>,
  cells: readonly string[],
): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  header.forEach((h, i) => {
    const v = (cells[i] ?? '').trim();
    if (v === '' || used.has(h.trim().toLowerCase())) return;
    // A header that names an Object.prototype member is just a key here: define it, never assign through the prototype.
    out ??= {};
    Object.defineProperty(out, h.trim() || `column ${i + 1}`, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return out;
}

/** Splits a multi-value cell ("A; B; C"), dropping blanks. */
export function splitList(text: string, separator: string): string[] {
  if (text.trim() === '') return [];
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
