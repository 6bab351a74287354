import { checkQuotes } from '../checkQuotes';
import { DatasetError } from '../DatasetError';
import { parseDatasetRecord } from '../loadDataset';
import { KIND_CODES, PRECISION_CODES } from '../model';
import { Dataset, SCHEMA_VERSION, type DatasetT } from '../schema';
import { dayEndMs, dayToMs, DAY_MS } from '../../lib/days';
import { ColumnBuilder } from './columns';
import { eventDetail } from '../eventDetail';
import { DATASET_MAX } from './csvCollect';
import type { WireOutcome } from './protocol';
import { RecordWriter } from './records';
import type { ImportFormat } from './types';
import { unknownKeys } from './unknownKeys';

/** True for JSON that has the shape of an Envoy dataset (events with actors and themes). */
export function looksLikeEnvoy(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return Array.isArray(o.events) && (Array.isArray(o.themes) || Array.isArray(o.actors) || Array.isArray(o.articles));
}

/** Parses and checks dataset.json exactly as the bundled dataset is checked; the error outcome carries the same messages. */
export function parseEnvoy(
  text: string,
  file: string,
): { ok: true; dataset: DatasetT; warnings: string[] } | { ok: false; outcome: WireOutcome } {
  let dataset: DatasetT;
  try {
    dataset = parseDatasetRecord(text, file);
  } catch (e) {
    if (e instanceof DatasetError) {
      return {
        ok: false,
        outcome: {
          kind: 'error',
          message: e.message,
          details: e.problems.map((p) => `${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`),
        },
      };
    }
    throw e;
  }
  const warnings = unknownKeys(Dataset, JSON.parse(text) as unknown);
  if ((dataset.schemaVersion ?? 1) > SCHEMA_VERSION) {
    warnings.unshift(
      `${file} is written for version ${dataset.schemaVersion} of the Envoy dataset format; this Envoy reads version ${SCHEMA_VERSION}, so fields it does not know are ignored`,
    );
  }
  return { ok: true, dataset, warnings };
}

/**
 * Indexes a checked dataset. `articleText` (file name -> text) holds the article files that came with it; each
 * verbatim passage is checked against them, and a passage not found is a warning, so the dataset still opens.
 */
export function envoyOutcome(
  dataset: DatasetT,
  articleText: Record<string, string>,
  warnings: string[],
  file: string,
  format: ImportFormat = 'envoy-json',
): WireOutcome {
  const byId: Record<string, string> = {};
  const missing: string[] = [];
  for (const a of dataset.articles) {
    const t = articleText[a.file];
    if (t === undefined) missing.push(a.file);
    else byId[a.id] = t;
  }
  const quoteWarnings = checkQuotes(dataset, byId).map(
    (p) => `${p.record}${p.field ? ` › ${p.field}` : ''}: ${p.message}`,
  );
  if (missing.length > 0 && missing.length === dataset.articles.length) {
    warnings.push(
      `${file} names ${dataset.articles.length} article file${dataset.articles.length === 1 ? '' : 's'} that did not come with it, so its quotes cannot be shown or checked; open the folder, or a .zip holding dataset.json and articles/`,
    );
  } else if (missing.length > 0) {
    warnings.push(
      `${missing.length} article file${missing.length === 1 ? '' : 's'} named by ${file} did not come with it: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    );
  }
  warnings.push(...quoteWarnings);

  const actorAt = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const themeAt = new Map(dataset.themes.map((t, i) => [t.id, i]));
  const placeAt = new Map((dataset.places ?? []).map((p, i) => [p.id, i]));
  const columns = new ColumnBuilder();
  const records = new RecordWriter();
  for (const e of dataset.events) {
    const actors = [...new Set(e.actors.map((a) => actorAt.get(a.actorId) ?? -1))].filter((k) => k >= 0);
    const themes = [...new Set(e.themes.map((t) => themeAt.get(t) ?? -1))].filter((k) => k >= 0);
    const sources =
      new Set(e.evidence.map((q) => q.articleId)).size ||
      (e.sourceNotes ?? []).filter((n) => n.kind === 'citation').length;
    columns.claim(e.id);
    columns.push(
      dayToMs(e.date.earliest),
      dayEndMs(e.date.latest) - DAY_MS,
      PRECISION_CODES.indexOf(e.date.precision),
      e.date.approximate,
      KIND_CODES.indexOf(e.kind),
      sources,
      actors,
      themes,
      e.place === undefined ? -1 : (placeAt.get(e.place) ?? -1),
    );
    const more = eventDetail(e);
    columns.detail(more.flags, more.startPrecision, more.endPrecision, more.likeliest);
    records.add(JSON.stringify(e));
  }
  const payload = columns.build(
    {
      id: dataset.id,
      title: dataset.title,
      description: dataset.description,
      actors: dataset.actors,
      themes: dataset.themes,
      articles: dataset.articles,
      places: dataset.places,
      eventAliases: dataset.eventAliases,
      home: dataset.home ? [dayToMs(dataset.home.earliest), dayEndMs(dataset.home.latest)] : undefined,
    },
    records.finish(),
    'json',
  );
  const keep = dataset.events.length <= DATASET_MAX || dataset.articles.length > 0;
  return {
    kind: 'ok',
    format,
    payload,
    dataset: keep ? dataset : null,
    articleText,
    rows: dataset.events.length,
    skipped: [],
    warnings,
  };
}
