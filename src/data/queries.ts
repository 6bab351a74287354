import { queryOptions } from '@tanstack/react-query';
import { dataUrl, type DataSource } from './source';
import { DatasetError } from './DatasetError';
import type { EventIndex } from './model';

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
      // The schema library loads with the data, not with the shell.
      const { parseDataset } = await import('./loadDataset');
      return parseDataset(await fetchText(dataUrl(source.id, 'dataset.json'), file), file);
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
