import type { ActorT, ArticleT, DatasetT, EventT, PlaceT, ThemeT } from './schema';

import { DAY_MS } from '../lib/days';

export { DAY_MS };

export { FLAG_CODES, KIND_CODES, PRECISION_CODES } from './vocabulary';
/** EventIndex.startPrecision/endPrecision where the data gives no precision for that end. */
export const NO_PRECISION = 255;

/**
 * The loaded dataset, column-oriented so that a million events cost typed arrays, not objects.
 * Event i (0 <= i < count) is ordered by start time, then end, then id.
 * Times are UTC milliseconds; `end` is exclusive (the day after the latest possible day).
 */
export interface EventIndex {
  /** Stable dataset id ("afghan-peace-2018-2021", or "synthetic-100000"). */
  id: string;
  title: string;
  description: string;
  /** True for generated data: the reader has no article text for it. */
  synthetic: boolean;
  /** The seed generated data came from (with `count`, the recipe a worker rebuilds it from). */
  seed?: number;
  count: number;
  start: Float64Array;
  end: Float64Array;
  /** Index into PRECISION_CODES. */
  precision: Uint8Array;
  /** Index into KIND_CODES. */
  kind: Uint8Array;
  /** 1 where the date is approximate. */
  approximate: Uint8Array;
  /** Bit k set where the event carries a flag of kind FLAG_CODES[k] (impossible date, contradiction, …); 0 for none. */
  flags: Uint8Array;
  /** For a span: how precisely its start (end) is known, an index into PRECISION_CODES (day..year); NO_PRECISION when not given. */
  startPrecision: Uint8Array;
  endPrecision: Uint8Array;
  /** [from, to) ms of the part of an uncertain window the evidence points to, only where a source gives one. */
  likeliest: ReadonlyMap<number, readonly [number, number]>;
  /** Number of articles reporting the event. */
  sourceCount: Uint16Array;
  /** CSR lists: the actors of event i are actorIds[actorOffsets[i] .. actorOffsets[i+1]) (indexes into `actors`). */
  actorOffsets: Uint32Array;
  actorIds: Uint32Array;
  themeOffsets: Uint32Array;
  themeIds: Uint32Array;
  actors: ActorT[];
  themes: ThemeT[];
  articles: ArticleT[];
  /** [min start, max end] over all events; a one-day span when there are none. */
  span: [number, number];
  /** [from, to) the timeline opens on when a link names no window: the dataset's `home`, else `span`. */
  home: [number, number];
  /** The full event record; generated on demand for synthetic data. */
  event(i: number): EventT;
  /** Event i's title alone, where that is cheaper than event(i).title (generated data); absent elsewhere. */
  eventTitle?(i: number): string;
  /** Event position by id, following eventAliases for renamed or merged ids. -1 when unknown. */
  indexOf(id: string): number;
  /** The search form (lib/searchWords.ts) of event i's title, summary and evidence joined by newlines. */
  searchText(i: number): string;
  actorIndex: Map<string, number>;
  themeIndex: Map<string, number>;
  articleIndex: Map<string, number>;
  /** For each actor (by position), the sorted positions of its events. */
  eventsByActor: Uint32Array[];
  eventsByTheme: Uint32Array[];
  /** Places the events refer to (absent or empty when the data has none); see data/places.ts. */
  places?: PlaceT[];
  /** Position in `places` of event i's place, or -1 when no source gives one. */
  placeOf?: Int32Array;
  /** The raw dataset for real data (null for synthetic). */
  raw: DatasetT | null;
}

/** EventIndex.span of a dataset without events: one day, 1 January 2000. */
export function emptySpan(): [number, number] {
  const from = Date.UTC(2000, 0, 1);
  return [from, from + DAY_MS];
}

/** The per-event columns of an EventIndex, allocated for n events; real and synthetic data fill them alike. */
export function allocateColumns(n: number) {
  return {
    start: new Float64Array(n),
    end: new Float64Array(n),
    precision: new Uint8Array(n),
    kind: new Uint8Array(n),
    approximate: new Uint8Array(n),
    flags: new Uint8Array(n),
    startPrecision: new Uint8Array(n).fill(NO_PRECISION),
    endPrecision: new Uint8Array(n).fill(NO_PRECISION),
    sourceCount: new Uint16Array(n),
    actorOffsets: new Uint32Array(n + 1),
    themeOffsets: new Uint32Array(n + 1),
  };
}
