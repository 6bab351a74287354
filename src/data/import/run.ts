import { readCsv } from './csvStream';
import { CsvCollector } from './csvCollect';
import { envoyOutcome, looksLikeEnvoy, parseEnvoy } from './envoyJson';
import { detectCsv, importerFor } from './formats';
import type { WireOutcome } from './protocol';
import { decoderFor, nameOfUrl, peek, readAll, sniff, type OpenedSource } from './source';
import { slugify } from './slug';
import { FORMAT_WORDS, type ColumnMapping, type ImportFormat, type ImportInput } from './types';

/*
 * The import itself, over streams and pure importers: what the worker runs, and what the tests run in Node.
 */

export interface RunOptions {
  mapping?: ColumnMapping;
  signal?: AbortSignal;
  onProgress?: (p: { rows: number; bytes: number; totalBytes: number | null }) => void;
}

/** JSON is parsed whole, so it must fit in one string; past this, the message says to use CSV. */
const JSON_LIMIT = 400 * 1024 * 1024;

const error = (message: string, details?: string[]): WireOutcome => (details ? { kind: 'error', message, details } : { kind: 'error', message });

async function open(input: ImportInput): Promise<OpenedSource | WireOutcome> {
  if (input.kind === 'file') {
    const { head, stream } = await peek(input.file.stream());
    return { name: input.file.name, size: input.file.size, head, stream };
  }
  if (input.kind === 'url') {
    let res: Response;
    try {
      res = await fetch(input.url);
    } catch {
      return error(`${input.url} could not be fetched: the network failed, or the server does not allow other sites to read it (CORS)`);
    }
    if (!res.ok || !res.body) return error(`${input.url} could not be fetched (HTTP ${res.status})`);
    const length = Number(res.headers.get('content-length'));
    const { head, stream } = await peek(res.body);
    return { name: nameOfUrl(res.url || input.url), size: length > 0 ? length : null, head, stream, url: res.url || input.url };
  }
  return error('Envoy cannot open these files yet');
}

function metaFor(name: string, format: ImportFormat, title?: string) {
  const base = name.replace(/\.[a-z0-9]+$/i, '');
  return { id: slugify(base) || 'imported', title: title || name, description: `${FORMAT_WORDS[format][0]!.toUpperCase()}${FORMAT_WORDS[format].slice(1)}, opened from ${name}.` };
}

async function importJson(src: OpenedSource, signal?: AbortSignal): Promise<WireOutcome> {
  const bytes = await readAll(src.stream, JSON_LIMIT);
  if (signal?.aborted) return { kind: 'cancelled' };
  if (!bytes) return error(`${src.name} is too large to read as JSON (over ${JSON_LIMIT / 1024 / 1024} MB); export it as CSV instead`);
  const text = decoderFor(src.head).decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // parseEnvoy words the syntax error (line and column) the same way the bundled dataset's loader does.
    const parsed = parseEnvoy(text, src.name);
    return parsed.ok ? error(`${src.name} is not valid JSON`) : parsed.outcome;
  }
  if (looksLikeEnvoy(json)) {
    const parsed = parseEnvoy(text, src.name);
    if (!parsed.ok) return parsed.outcome;
    return envoyOutcome(parsed.dataset, {}, parsed.warnings, src.name);
  }
  return error(`${src.name} is JSON, but not a dataset Envoy knows: an Envoy dataset has "events", "actors" and "themes"; a TimelineJS file has "events" with "start_date"`);
}

async function importCsv(src: OpenedSource, opts: RunOptions): Promise<WireOutcome> {
  let collector: CsvCollector | null = null;
  let format: ImportFormat | null = null;
  let problem: WireOutcome | null = null;
  const started = Date.now();
  let lastReport = 0;
  const read = await readCsv(
    src.stream,
    decoderFor(src.head),
    {
      header(cells) {
        const header = cells.map((c) => c.trim());
        format = opts.mapping ? 'mapped-csv' : detectCsv(header);
        if (format === null) {
          problem = error('Envoy does not recognise the columns of this file yet');
          return false;
        }
        collector = new CsvCollector(importerFor(format, header, opts.mapping), header, src.size ?? 0);
        return true;
      },
      rows(rows, firstRow, malformed) {
        const c = collector!;
        for (let k = 0; k < rows.length; k++) {
          const cells = rows[k]!;
          if (cells.length === 1 && cells[0]!.trim() === '') continue;
          const bad = malformed.get(firstRow + k);
          if (bad) {
            c.skipped.push({ row: firstRow + k, column: '', message: bad });
            c.skippedCount++;
            continue;
          }
          c.add(cells, firstRow + k);
        }
      },
      progress(bytes, rows) {
        const now = Date.now();
        if (now - lastReport < 100 && now !== started) return;
        lastReport = now;
        opts.onProgress?.({ rows, bytes, totalBytes: src.size });
      },
    },
    opts.signal,
  );
  if (read.cancelled) return { kind: 'cancelled' };
  if (problem) return problem;
  const c = collector as CsvCollector | null;
  if (!c || format === null) return error(`${src.name} is empty: it has no header row`);
  const { payload, dataset } = c.finish(metaFor(src.name, format), opts.mapping);
  const warnings: string[] = [];
  if (c.skippedCount > c.skipped.length) warnings.push(`Only the first ${c.skipped.length.toLocaleString('en-US')} of ${c.skippedCount.toLocaleString('en-US')} skipped rows are listed`);
  return { kind: 'ok', format, payload, dataset, articleText: {}, rows: read.rows, skipped: c.skipped, warnings };
}

/** Opens, detects and imports one input. Never throws for bad input: the outcome says what is wrong, in words. */
export async function runImport(input: ImportInput, opts: RunOptions = {}): Promise<WireOutcome> {
  const opened = await open(input);
  if ('kind' in opened) return opened;
  if (opts.signal?.aborted) return { kind: 'cancelled' };
  switch (sniff(opened.head)) {
    case 'empty':
      return error(`${opened.name} is empty`);
    case 'binary':
      return error(`${opened.name} is not a text file; Envoy opens CSV, TSV and JSON files, and .zip files holding a dataset.json`);
    case 'zip':
      return error('Envoy cannot open zip files yet');
    case 'json':
      return importJson(opened, opts.signal);
    case 'text':
      return importCsv(opened, opts);
  }
}
