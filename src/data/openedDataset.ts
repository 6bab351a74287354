// A dataset the user brought (a file or a URL), imported and ready: its index, where its articles come from,
// and what the import found (for "Opened <name>: an ACLED export, 9,981 events" and the skipped rows).
import type { ArticleOrigin } from './articleOrigin';
import type { ImportFormat, ImportOutcome, RowProblem } from './import/types';
import type { EventIndex } from './model';
import { handOver } from './worker/handOver';
import { workCopyOf } from './worker/workCopy';

/** What the import of an opened dataset found, shown in its notice. */
export interface OpenedReport {
  name: string;
  format: ImportFormat;
  rows: number;
  /** The rows listed (the importer may list only the first so many) and how many were skipped in all. */
  skipped: RowProblem[];
  skippedCount: number;
  warnings: string[];
  /** True for a kept file: its links work only in this browser. */
  local: boolean;
}

/** The page's dataset, whatever its source. */
export interface LoadedDataset {
  index: EventIndex;
  articles: ArticleOrigin;
  /** Null for the bundled dataset and generated data. */
  opened: OpenedReport | null;
}

type Ok = Extract<ImportOutcome, { kind: 'ok' }>;

/** Turns an import's outcome into the page's dataset; `base` is the dataset's URL, for article files beside it. */
export function loadedFrom(
  outcome: Ok,
  how: { name: string; key: string; base: string | null; local: boolean },
): LoadedDataset {
  // A large import brought a copy of its columns for the data worker: kept until the worker starts.
  const copy = workCopyOf(outcome);
  if (copy) handOver(outcome.index, copy);
  return {
    index: outcome.index,
    articles: { kind: 'opened', key: how.key, texts: outcome.articleText, base: how.base },
    opened: {
      name: how.name,
      format: outcome.format,
      rows: outcome.rows,
      skipped: outcome.skipped,
      skippedCount: (outcome as { skippedCount?: number }).skippedCount ?? outcome.skipped.length,
      warnings: outcome.warnings,
      local: how.local,
    },
  };
}
