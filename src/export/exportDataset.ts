import type { EventIndex } from '../data/model';
import { datasetSubset } from './core/subset';
import { datasetJson, zipDataset } from './core/zipDataset';

/** The chosen events as an Envoy dataset: dataset.json, or a zip with the article texts too (`articleText` gives a file's text, as the reader gets it). */
export async function exportDataset(
  index: EventIndex,
  positions: Uint32Array,
  opts: { zip: boolean; title: string; description: string; articleText(file: string): Promise<string> },
): Promise<{ blob: Blob; added: number; missing: string[] }> {
  if (!index.raw) throw new Error('generated data has no dataset to export');
  const ids = Array.from(positions, (i) => index.event(i).id);
  const { dataset, addedForDates } = datasetSubset(index.raw, ids, {
    title: opts.title,
    description: opts.description,
  });
  if (!opts.zip)
    return {
      blob: new Blob([datasetJson(dataset)], { type: 'application/json' }),
      added: addedForDates.length,
      missing: [],
    };
  // An article whose text cannot be had (an opened dataset that came without it) is left out of the zip, and said.
  const got = await Promise.all(
    dataset.articles.map(async (a) => [a.file, await opts.articleText(a.file).catch(() => null)] as const),
  );
  const texts = new Map(got.filter((g): g is readonly [string, string] => g[1] !== null));
  const missing = got.filter(([, t]) => t === null).map(([file]) => file);
  return {
    blob: new Blob([zipDataset(dataset, texts) as BlobPart], { type: 'application/zip' }),
    added: addedForDates.length,
    missing,
  };
}
