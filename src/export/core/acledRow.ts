import type { ActorT, EventT, PlaceT, PrecisionT } from '../../data/schema';
import { DAY_MS, dayToMs, msToDay } from '../../lib/days';
import { ACLED_COLUMNS, type AcledColumn, type EnvoyColumn } from './acledColumns';

/** What a row needs besides the event: names of actors, outlets of articles, places, and the event's link. */
export interface RowContext {
  actor(id: string): Pick<ActorT, 'name'> | undefined;
  /** The outlet of an article, or null when the article names none. */
  outlet(articleId: string): string | null;
  place(id: string): PlaceT | undefined;
  link(eventId: string): string;
}

const ACLED_SET = new Set<string>(ACLED_COLUMNS);

/**
 * ACLED's time_precision: 1 the day is known, 2 a week or similar period, 3 only the month.
 * A year (or a longer span) has no code of its own: 3, the coarsest, and the envoy_ columns keep the truth.
 */
export function timePrecision(precision: PrecisionT, earliest: string, latest: string): 1 | 2 | 3 {
  const days = (dayToMs(latest) - dayToMs(earliest)) / DAY_MS + 1;
  if (precision === 'day' && days === 1) return 1;
  if (precision === 'day' || precision === 'week' || days <= 7) return 2;
  return 3;
}

/** ACLED's event_date: the day itself, or, as ACLED codes a week or month, the middle of the interval. */
export function codedDate(earliest: string, latest: string): string {
  const a = dayToMs(earliest);
  const b = dayToMs(latest);
  return msToDay(a + Math.floor((b - a) / DAY_MS / 2) * DAY_MS);
}

/** ACLED's geo_precision: 1 the exact place or town, 2 near it or part of a region, 3 a province or larger. */
export function geoPrecision(p: PlaceT['precision']): 1 | 2 | 3 {
  if (p === 'exact' || p === 'town') return 1;
  if (p === 'district') return 2;
  return 3;
}

const json = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/**
 * One event as a CSV record: ACLED's columns where Envoy knows a value (empty where it does not), then Envoy's own.
 * Columns an ACLED import kept in `event.extra` go back to their ACLED column as given; other extras go to envoy_extra_json.
 */
export function eventRecord(e: EventT, ctx: RowContext): Record<AcledColumn | EnvoyColumn, string> {
  const d = e.date;
  const extra = e.extra ?? {};
  const names = e.actors.map((a) => ctx.actor(a.actorId)?.name ?? a.actorId);
  const uniqueNames = [...new Set(names)];
  const place = e.place ? ctx.place(e.place) : undefined;
  const outlets = [...new Set(e.evidence.map((q) => ctx.outlet(q.articleId)).filter((o): o is string => !!o))];
  const eventDate = codedDate(d.earliest, d.latest);
  const derived: Partial<Record<AcledColumn, string>> = {
    event_id_cnty: e.id,
    event_date: eventDate,
    year: eventDate.slice(0, 4),
    time_precision: String(timePrecision(d.precision, d.earliest, d.latest)),
    actor1: uniqueNames[0] ?? '',
    actor2: uniqueNames[1] ?? '',
    assoc_actor_1: uniqueNames.slice(2).join('; '),
    location: e.location ?? place?.name ?? '',
    latitude: place ? String(place.point[1]) : '',
    longitude: place ? String(place.point[0]) : '',
    geo_precision: place ? String(geoPrecision(place.precision)) : '',
    source: outlets.join('; '),
    notes: e.summary,
  };
  const row = {} as Record<AcledColumn | EnvoyColumn, string>;
  // The id, dates and summary are Envoy's own; other ACLED columns an import kept are given back as they came.
  const own = new Set<AcledColumn>(['event_id_cnty', 'event_date', 'year', 'time_precision', 'notes']);
  for (const c of ACLED_COLUMNS) row[c] = !own.has(c) && extra[c] !== undefined ? extra[c]! : (derived[c] ?? '');
  const otherExtra = Object.fromEntries(
    Object.entries(extra).filter(([k]) => !ACLED_SET.has(k) || own.has(k as AcledColumn)),
  );
  Object.assign(row, {
    envoy_title: e.title,
    envoy_kind: e.kind,
    envoy_date_earliest: d.earliest,
    envoy_date_latest: d.latest,
    envoy_precision: d.precision,
    envoy_approximate: String(d.approximate),
    envoy_start_precision: d.startPrecision ?? '',
    envoy_end_precision: d.endPrecision ?? '',
    envoy_likeliest_json: json(d.likeliest),
    envoy_derivation_method: d.derivation.method,
    envoy_derivation_clue: d.derivation.clue,
    envoy_derivation_article: d.derivation.articleId ?? '',
    envoy_derivation_relative_to: d.derivation.relativeTo ?? '',
    envoy_derivation_note: d.derivation.note,
    envoy_confidence: d.derivation.confidence,
    envoy_actors_json: json(e.actors),
    envoy_themes: e.themes.join('; '),
    envoy_evidence_json: json(e.evidence),
    envoy_flags_json: e.flags.length > 0 ? json(e.flags) : '',
    envoy_source_notes_json: json(e.sourceNotes),
    envoy_place: e.place ?? '',
    envoy_status: e.status ?? '',
    envoy_extra_json: Object.keys(otherExtra).length > 0 ? json(otherExtra) : '',
    envoy_link: ctx.link(e.id),
  } satisfies Record<EnvoyColumn, string>);
  return row;
}
