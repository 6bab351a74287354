import { strToU8, zipSync } from 'fflate';
import type { DatasetT } from '../../data/schema';

/** The dataset as the text of a dataset.json file. */
export function datasetJson(ds: DatasetT): string {
  return `${JSON.stringify(ds, null, 2)}\n`;
}

/**
 * A .zip laid out like a dataset folder: dataset.json and articles/<file> for each article whose text is given,
 * so the export opens with the same quotes. Text is stored as UTF-8, byte for byte.
 */
export function zipDataset(ds: DatasetT, texts: ReadonlyMap<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = { 'dataset.json': strToU8(datasetJson(ds)) };
  for (const a of ds.articles) {
    const text = texts.get(a.file);
    if (text !== undefined) files[`articles/${a.file}`] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}
