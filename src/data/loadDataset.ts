import type { z } from 'zod';
import { Dataset, type DatasetT } from './schema';
import { DatasetError, type DatasetProblem } from './DatasetError';
import { buildIndex } from './buildIndex';
import { recordLabel, validateDataset } from './validate';
import type { EventIndex } from './model';

function jsonProblem(text: string, e: Error): DatasetProblem {
  const at = /position (\d+)/.exec(e.message);
  const pos = at ? Number(at[1]) : null;
  if (text.trim() === '') return { record: 'file', field: '', message: 'is empty' };
  if (/end of (JSON )?input|Unterminated/i.test(e.message) || (pos !== null && pos >= text.trimEnd().length)) {
    return {
      record: 'file',
      field: '',
      message: `ends too early, as if cut off: the JSON is incomplete after ${text.length} characters (${e.message})`,
    };
  }
  if (pos === null) return { record: 'file', field: '', message: `is not valid JSON (${e.message})` };
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return { record: 'file', field: '', message: `is not valid JSON at line ${line}, column ${column} (${e.message})` };
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

function issueProblem(json: unknown, issue: z.core.$ZodIssue): DatasetProblem {
  const [collection, index, ...rest] = issue.path;
  const message =
    issue.code === 'invalid_type' && / received undefined$/.test(issue.message)
      ? `is missing (expected ${issue.expected})`
      : issue.message;
  if (typeof collection === 'string' && typeof index === 'number') {
    const list = (json as Record<string, unknown>)[collection];
    const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    return { record: recordLabel(collection, index, item?.id), field: pathText(rest), message };
  }
  if (collection === 'eventAliases') return { record: 'eventAliases', field: pathText(issue.path.slice(1)), message };
  return { record: 'dataset', field: pathText(issue.path), message };
}

/** Parses and checks the text of a dataset.json: JSON, then the schema, then cross-references. Throws DatasetError. */
export function parseDatasetRecord(text: string, file = 'dataset.json'): DatasetT {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(file, [jsonProblem(text, e as Error)]);
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success)
    throw new DatasetError(
      file,
      parsed.error.issues.map((issue) => issueProblem(json, issue)),
    );
  const problems = validateDataset(parsed.data);
  if (problems.length > 0) throw new DatasetError(file, problems);
  return parsed.data;
}

/** Parses, validates and indexes the text of a dataset.json. Throws DatasetError with readable problems. */
export function parseDataset(text: string, file = 'dataset.json'): EventIndex {
  return buildIndex(parseDatasetRecord(text, file));
}
