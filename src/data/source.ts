import { clip } from '../lib/clip';
import { formatCount } from '../lib/formatCount';

/**
 * Which dataset the page shows: the bundled one, generated data for measuring scale, a dataset at a URL
 * (`?data=`), or a file the user opened, kept in this browser (`?local=`).
 */
export type DataSource =
  | { kind: 'bundled'; id: string }
  | { kind: 'synthetic'; count: number; seed: number }
  /** `url` is as the link gives it (relative or absolute); it is resolved against the page when fetched. */
  | { kind: 'url'; url: string }
  /** A file kept in IndexedDB under `id` (src/data/recentFiles.ts). */
  | { kind: 'local'; id: string };

export const BUNDLED_DATASET = 'afghan-peace-2018-2021';
export const MAX_SYNTHETIC = 2_000_000;
/** Longest `?data=` value read; longer is no URL a person shares. */
export const MAX_DATA_URL = 2000;

const COUNT = /^\d{1,7}$/;
const SEED = /^\d{1,9}$/;
const fmt = formatCount;
const shown = (v: string) => `'${clip(v, 20)}'`;
const LOCAL_ID = /^[a-z0-9-]{1,64}$/;

/**
 * Reads the data source from the page's query string: `?local=<id>`, else `?data=<url>`, else
 * `?synthetic=100000[&seed=7]`; anything else is the bundled dataset.
 */
export function sourceFromSearch(search: string): DataSource {
  const params = new URLSearchParams(search);
  const local = params.get('local')?.trim().toLowerCase();
  if (local && LOCAL_ID.test(local)) return { kind: 'local', id: local };
  const data = params.get('data')?.trim();
  if (data && data.length <= MAX_DATA_URL) return { kind: 'url', url: data };
  const raw = params.get('synthetic');
  if (raw !== null && COUNT.test(raw.trim()) && Number(raw) >= 1) {
    const count = Math.min(Number(raw), MAX_SYNTHETIC);
    const seedRaw = params.get('seed')?.trim();
    const seed = seedRaw !== undefined && SEED.test(seedRaw) ? Number(seedRaw) : 1;
    return { kind: 'synthetic', count, seed };
  }
  return { kind: 'bundled', id: BUNDLED_DATASET };
}

/** What the link's data keys ask for that Envoy could not do, in words, like the notices for the other keys. */
export function sourceProblems(search: string): string[] {
  const params = new URLSearchParams(search);
  const raw = params.get('synthetic');
  const seed = params.get('seed');
  const source = sourceFromSearch(search);
  const out: string[] = [];
  // A link that opens a dataset (data=, local=) has its own notices; synthetic and seed do not apply there.
  if (source.kind === 'url' || source.kind === 'local') return out;
  if (raw !== null && source.kind !== 'synthetic') {
    out.push(
      `The link's synthetic event count ${shown(raw)} is not a whole number from 1 to ${fmt(MAX_SYNTHETIC)}; showing the bundled dataset instead.`,
    );
  } else if (raw !== null && Number(raw) > MAX_SYNTHETIC) {
    out.push(
      `The link asks for ${fmt(Number(raw))} synthetic events; ${fmt(MAX_SYNTHETIC)} is the most, so that many are shown.`,
    );
  }
  if (seed !== null) {
    if (source.kind !== 'synthetic')
      out.push(`The link's seed ${shown(seed)} applies only to generated data (synthetic); ignored.`);
    else if (!SEED.test(seed.trim()))
      out.push(`The link's seed ${shown(seed)} is not a whole number from 0 to 999,999,999; using seed 1.`);
  }
  return out;
}

/** The query parameters that choose this source in a link (none for the bundled dataset). */
export function sourceParams(source: DataSource): [string, string][] {
  switch (source.kind) {
    case 'bundled':
      return [];
    case 'synthetic':
      return source.seed === 1
        ? [['synthetic', String(source.count)]]
        : [
            ['synthetic', String(source.count)],
            ['seed', String(source.seed)],
          ];
    case 'url':
      return [['data', source.url]];
    case 'local':
      return [['local', source.id]];
  }
}

/** One string per source, equal exactly when two sources show the same data. */
export function sourceKey(source: DataSource): string {
  return [source.kind, ...sourceParams(source).map(([k, v]) => `${k}=${v}`)].join('|');
}

/** The data keys a link keeps, as Envoy used them: bad or ignored values are left out, so a copied link is clean. */
export function sourceKeys(search: string): [string, string][] {
  return sourceParams(sourceFromSearch(search));
}

/** URL of a file of a bundled dataset, relative to the page so the build works under any sub-path. */
export function dataUrl(datasetId: string, file: string): string {
  return `${import.meta.env.BASE_URL}data/${datasetId}/${file}`;
}
