// The contract between the importers (pure, one module per format, run inside a worker) and the
// "Open dataset" UI. The UI only ever sees ImportOutcome; it never parses a file itself.
import type { DatasetT } from '../schema';
import type { EventIndex } from '../model';

/** The formats the importer recognises, named as the UI says them ("Found an ACLED export"). */
export type ImportFormat =
  'envoy-json' | 'envoy-zip' | 'acled-csv' | 'ucdp-csv' | 'timelinejs-csv' | 'timelinejs-json' | 'mapped-csv';

/** Plain words for each format, for "Opened <name>: <format words>, 9,981 events". */
export const FORMAT_WORDS: Record<ImportFormat, string> = {
  'envoy-json': 'an Envoy dataset',
  'envoy-zip': 'an Envoy dataset (zip)',
  'acled-csv': 'an ACLED export',
  'ucdp-csv': 'a UCDP GED export',
  'timelinejs-csv': 'a TimelineJS sheet',
  'timelinejs-json': 'a TimelineJS JSON file',
  'mapped-csv': 'a spreadsheet of events',
};

/** One row that was skipped, for "row 17, event_date: 'Marhc 2020' is not a date". */
export interface RowProblem {
  /** 1-based row as a spreadsheet numbers it (the header is row 1); a cell with line breaks does not shift it. */
  row: number;
  column: string;
  message: string;
}

/** Which column of a generic CSV holds what; the user's answer in the mapping step. */
export interface ColumnMapping {
  date: string;
  endDate?: string;
  title: string;
  description?: string;
  actors?: string;
  /** How several actors share one cell, e.g. ";" or ",". */
  actorSeparator?: string;
  themes?: string;
  themeSeparator?: string;
  source?: string;
  quote?: string;
  place?: string;
  latitude?: string;
  longitude?: string;
  id?: string;
}

/** What the user hands the importer. */
export type ImportInput =
  | { kind: 'file'; file: File }
  /** A dropped folder, or files picked together: dataset.json plus articles/… */
  | { kind: 'files'; files: File[] }
  | { kind: 'url'; url: string };

export interface ImportOptions {
  /** Called now and then with rows (or bytes) read so far; total is null when unknown. */
  onProgress?: (p: { rows: number; bytes: number; totalBytes: number | null }) => void;
  signal?: AbortSignal;
  /** The user's column mapping, for a CSV that is not a format Envoy knows. */
  mapping?: ColumnMapping;
}

export type ImportOutcome =
  | {
      kind: 'ok';
      format: ImportFormat;
      /** The indexed dataset, ready for DatasetContext. */
      index: EventIndex;
      /** The dataset records (for export and persistence); null when too large to keep as objects. */
      dataset: DatasetT | null;
      /** Article file name -> text, for datasets that bring their articles (zip, folder, URL). */
      articleText: Record<string, string>;
      rows: number;
      skipped: RowProblem[];
      /** Problems that do not stop the dataset opening (a quote not found verbatim, say), in words. */
      warnings: string[];
    }
  /** A CSV whose columns Envoy does not recognise: ask the user which column is which. */
  | {
      kind: 'needs-mapping';
      header: string[];
      sample: string[][];
      delimiter: string;
      suggested: Partial<ColumnMapping>;
      /** headerKey(header): the key to remember the user's mapping under, for the next file with these columns. */
      headerKey?: string;
    }
  /** Nothing usable: the message names what is missing, e.g. "No column looks like a date; expected event_date, date, date_start or Year". */
  | { kind: 'error'; message: string; details?: string[] }
  | { kind: 'cancelled' };
