/** `envoy check`: the app's own validation (schema, cross-references, quotes against the article texts). Pure. */
import { parseDatasetRecord } from '../data/loadDataset';
import { checkQuotes } from '../data/checkQuotes';
import { DatasetError } from '../data/DatasetError';
import { recordLabel } from '../data/validate';
import type { DatasetT } from './types';

export interface CheckProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export interface CheckResult {
  valid: boolean;
  dataset: DatasetT | null;
  problems: CheckProblem[];
}

/**
 * Checks a dataset.json text; `readArticle` gives an article file's text by file name, or undefined when the
 * file is missing (reported as a problem).
 */
export function checkDatasetText(
  text: string,
  readArticle: (file: string) => string | undefined,
  file = 'dataset.json',
): CheckResult {
  let ds: DatasetT;
  try {
    ds = parseDatasetRecord(text, file);
  } catch (e) {
    if (e instanceof DatasetError)
      return { valid: false, dataset: null, problems: e.problems.map((p) => ({ file: e.file, ...p })) };
    throw e;
  }
  const problems: CheckProblem[] = [];
  const texts: Record<string, string> = {};
  ds.articles.forEach((a, i) => {
    const t = readArticle(a.file);
    if (t === undefined)
      problems.push({
        file,
        record: recordLabel('articles', i, a.id),
        field: 'file',
        message: `articles/${a.file} does not exist`,
      });
    else texts[a.id] = t;
  });
  problems.push(...checkQuotes(ds, texts).map((p) => ({ file, ...p })));
  return { valid: problems.length === 0, dataset: ds, problems };
}

export function formatProblem(p: CheckProblem): string {
  return `${p.file} › ${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`;
}
