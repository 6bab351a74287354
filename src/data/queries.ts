import { queryOptions } from '@tanstack/react-query';
import { sourceKey, type DataSource } from './source';
import { DatasetError } from './DatasetError';
import { articleOrigin, articleUrl, originKey } from './articleOrigin';
import type { LoadedDataset } from './openedDataset';
import { datasetText, fetchText, loadParser } from './prefetch';

/** The dataset, validated and indexed once; never refetched while the page lives. */
export function datasetQuery(source: DataSource) {
  return queryOptions<LoadedDataset>({
    queryKey: ['dataset', sourceKey(source)],
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    queryFn: async ({ signal }) => {
      if (source.kind === 'synthetic') {
        const { loadSynthetic } = await import('./syntheticLoad');
        return { index: await loadSynthetic(source.count, source.seed), articles: { kind: 'bundled' }, opened: null };
      }
      if (source.kind === 'url' || source.kind === 'local') {
        // The importers (and their worker) load only when someone opens their own data.
        const { loadOpened } = await import('./loadOpened');
        return loadOpened(source, signal);
      }
      const file = `${source.id}/dataset.json`;
      // The schema library loads beside the data (both started early by main.tsx), not with the shell.
      const [{ parseDataset }, text] = await Promise.all([loadParser(), datasetText(source.id)]);
      return { index: parseDataset(text, file), articles: { kind: 'bundled' }, opened: null };
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
        throw new DatasetError(`articles/${file}`, [
          { record: 'file', field: '', message: 'is not among the files that were opened' },
        ]);
      }
      return fetchText(url, `articles/${file}`);
    },
  });
}
