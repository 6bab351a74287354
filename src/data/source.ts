/** Which dataset the page shows: the bundled one, or generated data for measuring scale. */
export type DataSource = { kind: 'bundled'; id: string } | { kind: 'synthetic'; count: number; seed: number };

export const BUNDLED_DATASET = 'afghan-peace-2018-2021';
export const MAX_SYNTHETIC = 2_000_000;

/** Reads the data source from the page's query string (`?synthetic=100000[&seed=7]`); anything else is the bundled dataset. */
export function sourceFromSearch(search: string): DataSource {
  const params = new URLSearchParams(search);
  const raw = params.get('synthetic');
  if (raw !== null && /^\d{1,7}$/.test(raw)) {
    const count = Math.min(Number(raw), MAX_SYNTHETIC);
    const seedRaw = params.get('seed');
    const seed = seedRaw !== null && /^\d{1,9}$/.test(seedRaw) ? Number(seedRaw) : 1;
    return { kind: 'synthetic', count, seed };
  }
  return { kind: 'bundled', id: BUNDLED_DATASET };
}

/** URL of a file of a bundled dataset, relative to the page so the build works under any sub-path. */
export function dataUrl(datasetId: string, file: string): string {
  return `${import.meta.env.BASE_URL}data/${datasetId}/${file}`;
}
