import { dataUrl, type DataSource } from './source';
import { DatasetError } from './DatasetError';
import type * as LoadDataset from './loadDataset';

/**
 * The first paint of the bundled dataset should not wait for a chain of requests (shell, then panels, then the
 * parser chunk, then the data): main.tsx starts the data fetch and the parser chunk together, at once, and the
 * dataset query takes them over. Each is handed out once; a retry fetches again.
 */
type Parser = typeof LoadDataset;

let parser: Promise<Parser> | null = null;
const early = new Map<string, Promise<string>>();

/** The schema and parser chunk (zod and friends), loaded once, started as early as anyone asks. */
export function loadParser(): Promise<Parser> {
  parser ??= import('./loadDataset');
  return parser;
}

export async function fetchText(url: string, file: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new DatasetError(file, [{ record: 'file', field: '', message: 'could not be fetched (network error)' }]);
  }
  if (!res.ok)
    throw new DatasetError(file, [{ record: 'file', field: '', message: `could not be fetched (HTTP ${res.status})` }]);
  return res.text();
}

/** Starts loading what the page will show: for the bundled dataset, its file and the parser, side by side. */
export function prefetchDataset(source: DataSource): void {
  if (source.kind !== 'bundled' || early.has(source.id)) return;
  const text = fetchText(dataUrl(source.id, 'dataset.json'), `${source.id}/dataset.json`);
  // A failure is reported by the query that takes this over, not here.
  text.catch(() => undefined);
  early.set(source.id, text);
  void loadParser().catch(() => undefined);
}

/** The bundled dataset's text: the early fetch the first time, a new fetch after that. */
export function datasetText(id: string): Promise<string> {
  const started = early.get(id);
  early.delete(id);
  return started ?? fetchText(dataUrl(id, 'dataset.json'), `${id}/dataset.json`);
}
