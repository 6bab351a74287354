import { queryOptions } from '@tanstack/react-query';
import { dataUrl, sourceKey, type DataSource } from './source';
import { DatasetError } from './DatasetError';
import { articleOrigin, articleUrl, originKey } from './articleOrigin';
import type { LoadedDataset } from './openedDataset';

async function fetchText(url: string, file: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new DatasetError(file, [{ record: 'file', field: '', message: 'could not be fetched (network error)' }]);
  }
  if (!res.ok) throw new DatasetError(file, [{ record: 'file', field: '', message: `could not be fetched (HTTP ${res.status})` }]);
  return res.text();
}

/** The dataset, validated and indexed once; never refetched while the page lives. */
export function datasetQuery(source: DataSource) {
  return queryOptions<LoadedDataset>({
    queryKey: ['dataset', sourceKey(source)],
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    queryFn: async ({ signal }) => {
      if (source.kind === 'synthetic') {
        const { generateSynthetic } = await import('./synthetic');
        return { index: generateSynthetic(source.count, source.seed), articles: { kind: 'bundled' }, opened: null };
      }
      if (source.kind === 'url' || source.kind === 'local') {
        // The importers (and their worker) load only when someone opens their own data.
        const { loadOpened } = await import('./loadOpened');
        return loadOpened(source, signal);
      }
      const file = `${source.id}/dataset.json`;
      // The schema library loads with the data, not with the shell.
      const { parseDataset } = await import('./loadDataset');
      return { index: parseDataset(await fetchText(dataUrl(source.id, 'dataset.json'), file), file), articles: { kind: 'bundled' }, opened: null };
    },
  });
}

/** The raw text of one article file, fetched when the reader first needs it (or brought by the opened dataset). */
export function articleTextQuery(datasetId: string, file: string) {
  const origin = articleOrigin(datasetId);
  return queryOptions<string>({
    queryKey: ['article', datasetId, originKey(origin), file],
    staleTime: Infinity,
    retry: 1,
    queryFn: () => {
      if (origin.kind === 'opened' && Object.hasOwn(origin.texts, file)) return origin.texts[file]!;
      const url = articleUrl(datasetId, origin, file);
      if (url === null) {
        throw new DatasetError(`articles/${file}`, [{ record: 'file', field: '', message: 'is not among the files that were opened' }]);
      }
      return fetchText(url, `articles/${file}`);
    },
  });
}
