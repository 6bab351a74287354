import { filesBundle, unzipBundle, type Bundle } from './bundle';
import { guessDelimiter, readCsv } from './csvStream';
import { CsvCollector } from './csvCollect';
import { envoyOutcome, looksLikeEnvoy, parseEnvoy } from './envoyJson';
import { detectCsv, importerFor } from './formats';
import { hasDateColumn, headerKey, mappingProblem, suggestMapping } from './mapped';
import type { WireOutcome } from './protocol';
import { decoderFor, nameOfUrl, peek, readAll, sniff, type OpenedSource } from './source';
import { slugify } from './slug';
import { looksLikeTimelineJsJson, timelineJsJsonRows, TIMELINEJS_JSON_HEADER } from './timelinejsJson';
import { FORMAT_WORDS, type ColumnMapping, type ImportFormat, type ImportInput } from './types';
import { formatCount } from '../../lib/formatCount';

/*
 * The import itself, over streams and pure importers: what the worker runs, and what the tests run in Node.
 * Never throws for bad input: the outcome says what is wrong, in words.
 */

export interface RunOptions {
  mapping?: ColumnMapping;
  signal?: AbortSignal;
  onProgress?: (p: { rows: number; bytes: number; totalBytes: number | null }) => void;
}

/** JSON and zip files are read whole (JSON.parse needs one string); past this, the message says to use CSV. */
const WHOLE_LIMIT = 400 * 1024 * 1024;
/** Rows shown in the mapping step. */
const SAMPLE_ROWS = 10;
export const NO_DATE_COLUMN = 'No column looks like a date; expected event_date, date, date_start or Year';

const error = (message: string, details?: string[]): WireOutcome =>
  details ? { kind: 'error', message, details } : { kind: 'error', message };

function bytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      if (bytes.byteLength > 0) c.enqueue(bytes);
      c.close();
    },
  });
}

async function fromStream(
  name: string,
  size: number | null,
  stream: ReadableStream<Uint8Array>,
  url?: string,
): Promise<OpenedSource> {
  const { head, stream: replay } = await peek(stream);
  return { name, size, head, stream: replay, url };
}

async function fetchSource(url: string): Promise<OpenedSource | WireOutcome> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    return error(
      `${url} could not be fetched: the network failed, or its server does not let other sites read it (CORS)`,
    );
  }
  if (!res.ok || !res.body)
    return error(`${url} could not be fetched (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''})`);
  const length = Number(res.headers.get('content-length'));
  return fromStream(nameOfUrl(res.url || url), length > 0 ? length : null, res.body, res.url || url);
}

function metaFor(name: string, format: ImportFormat, title?: string) {
  const base = name.replace(/\.[a-z0-9]+$/i, '');
  const words = FORMAT_WORDS[format];
  return {
    id: slugify(base),
    title: title || name,
    description: `${words[0]!.toUpperCase()}${words.slice(1)}, opened from ${name}.`,
  };
}

function finishCsv(
  c: CsvCollector,
  format: ImportFormat,
  rows: number,
  meta: ReturnType<typeof metaFor>,
  mapping?: ColumnMapping,
): WireOutcome {
  const { payload, dataset } = c.finish(meta, mapping);
  const warnings: string[] = [];
  if (c.skippedCount > c.skipped.length)
    warnings.push(
      `Only the first ${formatCount(c.skipped.length)} of ${formatCount(c.skippedCount)} skipped rows are listed`,
    );
  if (payload.count === 0 && rows > 0) warnings.push(`None of the ${formatCount(rows)} rows could be read as an event`);
  return { kind: 'ok', format, payload, dataset, articleText: {}, rows, skipped: c.skipped, warnings };
}

async function envoyBundle(bundle: Bundle, name: string, format: ImportFormat): Promise<WireOutcome> {
  const parsed = parseEnvoy(bundle.datasetText, bundle.datasetPath);
  if (!parsed.ok) return parsed.outcome;
  return envoyOutcome(parsed.dataset, bundle.articles, parsed.warnings, name, format);
}

/** Articles of a dataset opened from a URL, fetched from articles/ beside it; a file that fails is left out (and reported). */
async function fetchArticles(url: string, files: string[]): Promise<Record<string, string>> {
  const texts = await Promise.all(
    files.map(async (file) => {
      try {
        const res = await fetch(new URL(`articles/${encodeURIComponent(file)}`, url));
        return res.ok ? ([file, await res.text()] as const) : null;
      } catch {
        return null;
      }
    }),
  );
  return Object.fromEntries(texts.filter((t): t is readonly [string, string] => t !== null));
}

async function importJson(src: OpenedSource, opts: RunOptions): Promise<WireOutcome> {
  const bytes = await readAll(src.stream, WHOLE_LIMIT);
  if (opts.signal?.aborted) return { kind: 'cancelled' };
  if (!bytes)
    return error(
      `${src.name} is too large to read as JSON (over ${WHOLE_LIMIT / 1048576} MB); export it as CSV instead`,
    );
  const text = decoderFor(src.head).decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // parseEnvoy words a syntax error (line and column, or cut off) as the bundled dataset's loader does.
    const parsed = parseEnvoy(text, src.name);
    return parsed.ok ? error(`${src.name} is not valid JSON`) : parsed.outcome;
  }
  if (looksLikeEnvoy(json) && !looksLikeTimelineJsJson(json)) {
    const parsed = parseEnvoy(text, src.name);
    if (!parsed.ok) return parsed.outcome;
    const articles =
      src.url && parsed.dataset.articles.length > 0
        ? await fetchArticles(
            src.url,
            parsed.dataset.articles.map((a) => a.file),
          )
        : {};
    if (opts.signal?.aborted) return { kind: 'cancelled' };
    return envoyOutcome(parsed.dataset, articles, parsed.warnings, src.name);
  }
  if (looksLikeTimelineJsJson(json)) {
    const { title, rows } = timelineJsJsonRows(json);
    const header = TIMELINEJS_JSON_HEADER;
    const c = new CsvCollector(importerFor('timelinejs-json', header), header);
    rows.forEach((cells, k) => c.add(cells, k + 1));
    return finishCsv(c, 'timelinejs-json', rows.length, metaFor(src.name, 'timelinejs-json', title));
  }
  return error(
    `${src.name} is JSON, but not a dataset Envoy knows: an Envoy dataset has "events", "actors" and "themes"; a TimelineJS file has "events" with a "start_date" each`,
  );
}

async function importCsv(src: OpenedSource, opts: RunOptions): Promise<WireOutcome> {
  let collector: CsvCollector | null = null;
  let format: ImportFormat | null = null;
  let header: string[] = [];
  let problem: WireOutcome | null = null;
  const sample: string[][] = [];
  let lastReport = -Infinity;
  const decoder = decoderFor(src.head);
  const delimiter = guessDelimiter(decoderFor(src.head).decode(src.head, { stream: true }));
  const read = await readCsv(
    src.stream,
    decoder,
    {
      header(cells) {
        header = cells.map((c) => c.trim());
        if (opts.mapping) {
          const wrong = mappingProblem(header, opts.mapping);
          if (wrong) {
            problem = error(wrong, [`The columns of ${src.name}: ${header.join(', ')}`]);
            return false;
          }
          format = 'mapped-csv';
        } else format = detectCsv(header);
        if (format !== null)
          collector = new CsvCollector(importerFor(format, header, opts.mapping), header, src.size ?? 0);
        return true;
      },
      rows(rows, firstRow, malformed) {
        const c = collector;
        if (!c) {
          // A spreadsheet Envoy does not know: keep the first rows for the mapping step, then stop.
          for (const r of rows)
            if (sample.length < SAMPLE_ROWS && !(r.length === 1 && r[0]!.trim() === '')) sample.push(r);
          return sample.length < SAMPLE_ROWS;
        }
        for (let k = 0; k < rows.length; k++) {
          const cells = rows[k]!;
          if (cells.length === 1 && cells[0]!.trim() === '') continue;
          const bad = malformed.get(firstRow + k);
          if (bad) c.skip(firstRow + k, '', bad);
          else c.add(cells, firstRow + k);
        }
        return true;
      },
      progress(bytes, rows) {
        const now = Date.now();
        if (now - lastReport < 100) return;
        lastReport = now;
        opts.onProgress?.({ rows, bytes, totalBytes: src.size });
      },
    },
    opts.signal,
    delimiter,
  );
  if (read.cancelled || opts.signal?.aborted) return { kind: 'cancelled' };
  if (problem) return problem;
  if (header.length === 0) return error(`${src.name} is empty: it has no header row`);
  const c = collector as CsvCollector | null;
  if (c && format) return finishCsv(c, format, read.rows, metaFor(src.name, format), opts.mapping);
  if (header.length < 2)
    return error(`${src.name} does not look like a spreadsheet: no commas, semicolons or tabs separate its columns`, [
      `Its first line: ${header.join('').slice(0, 200)}`,
    ]);
  if (!hasDateColumn(header, sample))
    return error(NO_DATE_COLUMN, [`The columns of ${src.name}: ${header.join(', ')}`]);
  return {
    kind: 'needs-mapping',
    header,
    sample,
    delimiter: read.delimiter,
    suggested: suggestMapping(header, sample),
    headerKey: headerKey(header),
  };
}

async function importSource(src: OpenedSource, opts: RunOptions): Promise<WireOutcome> {
  if (opts.signal?.aborted) return { kind: 'cancelled' };
  switch (sniff(src.head)) {
    case 'empty':
      return error(`${src.name} is empty`);
    case 'binary':
      return error(
        `${src.name} is not a text file; Envoy opens CSV, TSV and JSON files, and .zip files holding a dataset.json and its articles/`,
      );
    case 'zip': {
      const bytes = await readAll(src.stream, WHOLE_LIMIT);
      if (!bytes) return error(`${src.name} is too large to unzip in the browser (over ${WHOLE_LIMIT / 1048576} MB)`);
      const z = unzipBundle(bytes);
      if ('problem' in z) return error(`${src.name} ${z.problem}`);
      if ('bundle' in z) return envoyBundle(z.bundle, src.name, 'envoy-zip');
      return importSource(
        await fromStream(z.single.name, z.single.bytes.byteLength, bytesStream(z.single.bytes)),
        opts,
      );
    }
    case 'json':
      return importJson(src, opts);
    case 'text':
      return importCsv(src, opts);
  }
}

/** Opens, detects and imports one input: a file, a folder's files, or a URL. */
export async function runImport(input: ImportInput, opts: RunOptions = {}): Promise<WireOutcome> {
  if (input.kind === 'url') {
    const src = await fetchSource(input.url);
    return 'kind' in src ? src : importSource(src, opts);
  }
  if (input.kind === 'files') {
    if (input.files.length === 0) return error('No files were chosen');
    const bundle = await filesBundle(input.files);
    if (bundle) return envoyBundle(bundle, bundle.datasetPath, 'envoy-json');
    if (input.files.length > 1)
      return error(
        `These ${input.files.length} files hold no dataset.json: choose one file, or a folder holding dataset.json and its articles/`,
      );
    input = { kind: 'file', file: input.files[0]! };
  }
  const file = input.file;
  return importSource(await fromStream(file.name, file.size, file.stream()), opts);
}
