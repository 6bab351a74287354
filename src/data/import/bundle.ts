import { unzipSync } from 'fflate';

/*
 * A dataset that brings its articles: a dropped folder, files picked together, or a .zip, each with a
 * dataset.json and an articles/ folder. Article files are matched by name (the dataset names them).
 */

export interface Bundle {
  /** Path of the dataset.json found, for messages. */
  datasetPath: string;
  datasetText: string;
  /** Article file name -> text. */
  articles: Record<string, string>;
}

const decoder = new TextDecoder();

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function depth(path: string): number {
  return path.split(/[\\/]/).length;
}

/** Picks the dataset.json nearest the top, and the .txt and .md files of an articles/ folder (or beside it). */
function pick<T>(entries: { path: string; item: T }[]): {
  dataset: { path: string; item: T } | null;
  articles: { name: string; item: T }[];
} {
  const datasets = entries
    .filter((e) => baseName(e.path) === 'dataset.json')
    .sort((a, b) => depth(a.path) - depth(b.path));
  const dataset = datasets[0] ?? null;
  const articles = entries
    .filter((e) => /\.(txt|md)$/i.test(e.path) && !baseName(e.path).startsWith('.'))
    .map((e) => ({ name: baseName(e.path), item: e.item }));
  return { dataset, articles };
}

/** The files of a zip archive: a dataset bundle, else its one data file (CSV, TSV or JSON), else null. */
export function unzipBundle(
  bytes: Uint8Array,
): { bundle: Bundle } | { single: { name: string; bytes: Uint8Array } } | { problem: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => !f.name.startsWith('__MACOSX/') && !f.name.endsWith('/') });
  } catch (e) {
    return { problem: `is not a zip archive Envoy can read (${e instanceof Error ? e.message : String(e)})` };
  }
  const entries = Object.entries(files).map(([path, item]) => ({ path, item }));
  const { dataset, articles } = pick(entries);
  if (dataset) {
    return {
      bundle: {
        datasetPath: dataset.path,
        datasetText: decoder.decode(dataset.item),
        articles: Object.fromEntries(articles.map((a) => [a.name, decoder.decode(a.item)])),
      },
    };
  }
  const data = entries.filter((e) => /\.(csv|tsv|txt|json)$/i.test(e.path));
  if (data.length === 1) return { single: { name: baseName(data[0]!.path), bytes: data[0]!.item } };
  return { problem: 'holds no dataset.json, and not exactly one CSV, TSV or JSON file' };
}

/** A folder or several files: a dataset bundle when there is a dataset.json, else null. */
export async function filesBundle(files: readonly File[]): Promise<Bundle | null> {
  const entries = files.map((f) => ({
    path: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name,
    item: f,
  }));
  const { dataset, articles } = pick(entries);
  if (!dataset) return null;
  const texts = await Promise.all(articles.map(async (a) => [a.name, await a.item.text()] as const));
  return { datasetPath: dataset.path, datasetText: await dataset.item.text(), articles: Object.fromEntries(texts) };
}
