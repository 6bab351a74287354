import { Dataset } from './schema';
import { DatasetError } from './DatasetError';
import { buildIndex } from './buildIndex';
import type { EventIndex } from './model';

/** Parses, validates and indexes the text of a dataset.json. Throws DatasetError with readable problems. */
export function parseDataset(text: string, file = 'dataset.json'): EventIndex {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(file, [{ record: 'file', field: '', message: `is not valid JSON (${(e as Error).message})` }]);
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(
      file,
      parsed.error.issues.map((issue) => ({
        record: issue.path.slice(0, 2).join('[').replace(/\[(\d+)$/, '[$1]') || 'dataset',
        field: issue.path.slice(2).join('.'),
        message: issue.message,
      })),
    );
  }
  return buildIndex(parsed.data);
}
