import type { DatasetT } from '../../data/schema';
import type { EventIndex } from '../../data/model';
import { buildIndex } from '../../data/buildIndex';
import { csvHeader, csvLines, CSV_CHUNK_ROWS, rowContext } from './csvExport';

/** What a CSV export needs, in a form that can be posted to a worker: where the events come from, which, and how to link them. */
export interface CsvJob {
  source: { kind: 'dataset'; raw: DatasetT } | { kind: 'synthetic'; count: number; seed: number };
  /** Positions of the events to write, in the index's (time) order. */
  positions: Uint32Array;
  /** An event's link is `linkPrefix + id + linkSuffix`. */
  linkPrefix: string;
  linkSuffix: string;
}

export type CsvProgress = (done: number, total: number) => void;

/** The events' index, rebuilt where the job runs (synthetic data is regenerated from its seed: the same events). */
export async function jobIndex(source: CsvJob['source']): Promise<EventIndex> {
  if (source.kind === 'dataset') return buildIndex(source.raw);
  const { generateSynthetic } = await import('../../data/synthetic');
  return generateSynthetic(source.count, source.seed);
}

/**
 * Writes the CSV in chunks of CSV_CHUNK_ROWS rows, each turned into a Blob at once so the text of a million rows
 * never sits in memory as one string; `pause` runs between chunks (a yield to the page when not in a worker).
 */
export async function writeCsv(
  index: EventIndex,
  job: CsvJob,
  onProgress: CsvProgress,
  pause: () => Promise<void> = async () => {},
  cancelled = () => false,
): Promise<Blob> {
  const ctx = rowContext(index, (id) => `${job.linkPrefix}${id}${job.linkSuffix}`);
  const parts: Blob[] = [new Blob([csvHeader()])];
  const total = job.positions.length;
  for (let from = 0; from < total; from += CSV_CHUNK_ROWS) {
    if (cancelled()) throw new DOMException('The export was cancelled.', 'AbortError');
    const to = Math.min(total, from + CSV_CHUNK_ROWS);
    parts.push(new Blob([csvLines(index, job.positions, from, to, ctx)]));
    onProgress(to, total);
    await pause();
  }
  onProgress(total, total);
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
