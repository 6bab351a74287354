import type { EventIndex } from '../data/model';
import { dataUrl } from '../data/source';
import { datasetSubset } from './core/subset';
import { datasetJson, zipDataset } from './core/zipDataset';

/** Fetches an article file of the bundled dataset as text (the same files the reader shows). */
async function articleText(datasetId: string, file: string): Promise<string> {
  const res = await fetch(dataUrl(datasetId, `articles/${file}`));
  if (!res.ok) throw new Error(`article ${file} could not be fetched (HTTP ${res.status})`);
  return res.text();
}

/** The chosen events as an Envoy dataset: dataset.json, or a zip with the article texts too. */
export async function exportDataset(index: EventIndex, positions: Uint32Array, opts: { zip: boolean; title: string; description: string }): Promise<{ blob: Blob; added: number }> {
  if (!index.raw) throw new Error('generated data has no dataset to export');
  const ids = Array.from(positions, (i) => index.event(i).id);
  const { dataset, addedForDates } = datasetSubset(index.raw, ids, { title: opts.title, description: opts.description });
  if (!opts.zip) return { blob: new Blob([datasetJson(dataset)], { type: 'application/json' }), added: addedForDates.length };
  const texts = new Map(await Promise.all(dataset.articles.map(async (a) => [a.file, await articleText(index.id, a.file)] as const)));
  return { blob: new Blob([zipDataset(dataset, texts) as BlobPart], { type: 'application/zip' }), added: addedForDates.length };
}
