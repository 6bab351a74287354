import { queryOptions } from '@tanstack/react-query';
import { dataUrl, type DataSource } from './source';
import type { EventIndex } from './model';
import { datasetText, fetchText, loadParser } from './prefetch';

/** The dataset, validated and indexed once; never refetched while the page lives. */
export function datasetQuery(source: DataSource) {
  return queryOptions<EventIndex>({
    queryKey: ['dataset', source],
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    queryFn: async () => {
      if (source.kind === 'synthetic') {
        const { generateSynthetic } = await import('./synthetic');
        return generateSynthetic(source.count, source.seed);
      }
      const file = `${source.id}/dataset.json`;
      // The schema library loads beside the data (both started early by main.tsx), not with the shell.
      const [{ parseDataset }, text] = await Promise.all([loadParser(), datasetText(source.id)]);
      return parseDataset(text, file);
    },
  });
}

/** The raw text of one article file, fetched when the reader first needs it. */
export function articleTextQuery(datasetId: string, file: string) {
  return queryOptions<string>({
    queryKey: ['article', datasetId, file],
    staleTime: Infinity,
    retry: 1,
    queryFn: () => fetchText(dataUrl(datasetId, `articles/${file}`), `articles/${file}`),
  });
}
