// Where the article texts of the dataset on screen come from: the bundled folder, the files the user opened
// (a zip or a folder with articles/), or the folder of a dataset URL. The reader asks by dataset id and file name.
import { dataUrl } from './source';

export type ArticleOrigin =
  | { kind: 'bundled' }
  /** Texts the import brought, and, for a dataset from a URL, the address article files are relative to. */
  | { kind: 'opened'; key: string; texts: Record<string, string>; base: string | null };

const origins = new Map<string, ArticleOrigin>();

/** Says where the articles of dataset `datasetId` come from; the dataset on screen sets it when it is shown. */
export function setArticleOrigin(datasetId: string, origin: ArticleOrigin): void {
  origins.set(datasetId, origin);
}

export function articleOrigin(datasetId: string): ArticleOrigin {
  return origins.get(datasetId) ?? { kind: 'bundled' };
}

/** Part of the article query's key, so the bundled texts and an opened dataset's never share a cache entry. */
export function originKey(origin: ArticleOrigin): string {
  return origin.kind === 'bundled' ? 'bundled' : origin.key;
}

/** The URL of an article file, or null when the dataset brought its texts and this one is not among them. */
export function articleUrl(datasetId: string, origin: ArticleOrigin, file: string): string | null {
  if (origin.kind === 'bundled') return dataUrl(datasetId, `articles/${file}`);
  return origin.base ? new URL(`articles/${file}`, origin.base).toString() : null;
}
