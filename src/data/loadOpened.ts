// Loads a dataset the page's link names: a URL (`?data=`) or a file kept in this browser (`?local=`).
import { importDataset } from './import/client';
import type { ImportInput, ImportOptions, ImportOutcome } from './import/types';
import { ImportError } from './ImportError';
import { rememberedMapping } from './columnMappings';
import { setLoadProgress } from './loadProgress';
import { loadedFrom, type LoadedDataset } from './openedDataset';
import { inputName, reopenFile, touchRecent } from './recentFiles';
import { sourceKey, type DataSource } from './source';

/** A link's `data=` resolved against the page, so `?data=my/dataset.json` works beside the app. */
export function resolveDataUrl(url: string, page: string = globalThis.location?.href ?? 'http://localhost/'): string {
  try {
    return new URL(url, page).toString();
  } catch {
    throw new ImportError(`The link's dataset address “${url}” is not a URL.`);
  }
}

/**
 * Imports a file or URL with its remembered column mapping if its columns need one.
 * Returns the outcome as is otherwise (the Open dataset dialog asks the user when there is none).
 */
export async function importWithMemory(input: ImportInput, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const first = await importDataset(input, opts);
  if (first.kind !== 'needs-mapping' || opts.mapping) return first;
  const mapping = rememberedMapping(first.header, (first as { headerKey?: string }).headerKey);
  return mapping ? importDataset(input, { ...opts, mapping }) : first;
}

function fail(outcome: Exclude<ImportOutcome, { kind: 'ok' }>, name: string): never {
  if (outcome.kind === 'error') throw new ImportError(outcome.message, outcome.details);
  if (outcome.kind === 'cancelled') throw new ImportError(`Opening ${name} was cancelled.`);
  throw new ImportError(
    `The columns of ${name} are not a format Envoy knows (${outcome.header.slice(0, 6).join(', ')}${outcome.header.length > 6 ? ', …' : ''}). ` +
      'Open it with “Open dataset…” to say which column is the date, the title and the rest.',
  );
}

export async function loadOpened(
  source: Extract<DataSource, { kind: 'url' | 'local' }>,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const onProgress = (p: { rows: number; bytes: number; totalBytes: number | null }) => setLoadProgress(p);
  try {
    if (source.kind === 'url') {
      const url = resolveDataUrl(source.url);
      const input: ImportInput = { kind: 'url', url };
      const name = inputName(input);
      const outcome = await importWithMemory(input, { signal, onProgress });
      if (outcome.kind !== 'ok') fail(outcome, name);
      return loadedFrom(outcome, { name, key: sourceKey(source), base: url, local: false });
    }
    const kept = await reopenFile(source.id).catch(() => null);
    if (!kept) {
      throw new ImportError(
        'This link opens a file that was opened in another browser, or removed from Recent datasets, so it is not kept here. ' +
          'Ask for the file and open it with “Open dataset…”.',
      );
    }
    const outcome = await importWithMemory(kept.input, { signal, onProgress, mapping: kept.recent.mapping });
    if (outcome.kind !== 'ok') fail(outcome, kept.recent.name);
    void touchRecent(source.id);
    return loadedFrom(outcome, { name: kept.recent.name, key: sourceKey(source), base: null, local: true });
  } finally {
    setLoadProgress(null);
  }
}
