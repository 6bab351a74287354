import type { ActorT, ArticleT, PlaceT, ThemeT } from '../schema';
import { DAY_MS } from '../../lib/days';
import { byCodeUnit } from '../../lib/byCodeUnit';
import { groupPositions } from '../groups';
import { allocateColumns, emptySpan, NO_PRECISION } from '../model';
import { IdSet } from './idTable';
import type { IndexPayload } from './protocol';
import type { PackedRecords } from './records';

/** Stable counting sort of `order` by key[order[k]] - min (keys are whole days); returns the new order. */
function countingSort(order: Uint32Array, key: (k: number) => number, range: number): Uint32Array {
  const counts = new Uint32Array(range + 1);
  for (let k = 0; k < order.length; k++) counts[key(order[k]!) + 1]!++;
  for (let r = 0; r < range; r++) counts[r + 1]! += counts[r]!;
  const out = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) out[counts[key(order[k]!)]!++] = order[k]!;
  return out;
}

/**
 * Positions sorted by first day, then last day, then id. Days are whole, so two counting sorts do the first
 * two keys in linear time (a comparison sort of a million events costs seconds); only runs of events on the
 * same days are sorted by id.
 */
function sortOrder(first: Float64Array, last: Float64Array, ids: readonly string[], n: number): Uint32Array {
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  let lo = Infinity;
  let hi = -Infinity;
  let maxLen = 0;
  for (let i = 0; i < n; i++) {
    if (first[i]! < lo) lo = first[i]!;
    if (first[i]! > hi) hi = first[i]!;
    const len = (last[i]! - first[i]!) / DAY_MS;
    if (len > maxLen) maxLen = len;
  }
  const startRange = (hi - lo) / DAY_MS + 1;
  if (startRange + maxLen > 50_000_000) {
    order.sort((a, b) => first[a]! - first[b]! || last[a]! - last[b]! || byCodeUnit(ids[a]!, ids[b]!));
    return order;
  }
  const lenOf = (k: number) => Math.round((last[k]! - first[k]!) / DAY_MS);
  const startOf = (k: number) => Math.round((first[k]! - lo) / DAY_MS);
  order = countingSort(countingSort(order, lenOf, maxLen + 1), startOf, startRange);
  for (let a = 0; a < n;) {
    let b = a + 1;
    while (b < n && first[order[b]!] === first[order[a]!] && last[order[b]!] === last[order[a]!]) b++;
    if (b - a > 1) order.subarray(a, b).sort((x, y) => byCodeUnit(ids[x]!, ids[y]!));
    a = b;
  }
  return order;
}

function grow<T extends Float64Array | Uint32Array | Uint8Array | Uint16Array>(
  a: T,
  need: number,
  make: (n: number) => T,
): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, Math.floor(a.length * 1.5) + 16));
  b.set(a);
  return b;
}

/** The place column grows like the others; a slot not yet written means "no place". */
function growPlaces(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, Math.floor(a.length * 1.5) + 16)).fill(-1);
  b.set(a);
  return b;
}

export interface DatasetMeta {
  id: string;
  title: string;
  description: string;
  actors: ActorT[];
  themes: ThemeT[];
  articles: ArticleT[];
  /** Places the events refer to (the index's place column points into it). */
  places?: PlaceT[];
  eventAliases: Record<string, string>;
  /** [from, to) in ms, from the dataset's `home`. */
  home?: [number, number];
}

/**
 * The index columns, filled one event at a time in file order and sorted once at the end (by start, end, id),
 * as buildIndex sorts a bundled dataset.
 */
export class ColumnBuilder {
  n = 0;
  private first = new Float64Array(1024);
  private last = new Float64Array(1024);
  private precision = new Uint8Array(1024);
  private kind = new Uint8Array(1024);
  private approximate = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  private startPrecision = new Uint8Array(1024).fill(NO_PRECISION);
  private endPrecision = new Uint8Array(1024).fill(NO_PRECISION);
  /** Record number -> likeliest [from, to) ms, for the few events that have one. */
  private readonly likeliest = new Map<number, readonly [number, number]>();
  private sourceCount = new Uint16Array(1024);
  private actorEnds = new Uint32Array(1024);
  private themeEnds = new Uint32Array(1024);
  private placeAt = new Int32Array(1024);
  private actorFlat = new Uint32Array(2048);
  private themeFlat = new Uint32Array(1024);
  private na = 0;
  private nt = 0;
  /** The ids taken so far, with the number of the event that took each. */
  readonly idSet = new IdSet();

  /** The number of the event that already has `id`, or -1 after reserving it for the next event pushed. */
  claim(id: string): number {
    return this.idSet.add(id);
  }

  /** True when some event has `id`. */
  taken(id: string): boolean {
    return this.idSet.has(id);
  }

  /**
   * Adds one event, whose id was claimed just before: first and last possible day in UTC ms (last inclusive), codes,
   * actor and theme positions, and its place's position (-1 for none).
   */
  push(
    first: number,
    last: number,
    precision: number,
    approximate: boolean,
    kind: number,
    sourceCount: number,
    actors: readonly number[],
    themes: readonly number[],
    place = -1,
  ): void {
    const i = this.n++;
    if (i >= this.first.length) {
      const size = Math.floor(this.first.length * 1.5) + 16;
      this.first = grow(this.first, size, (k) => new Float64Array(k));
      this.last = grow(this.last, size, (k) => new Float64Array(k));
      this.precision = grow(this.precision, size, (k) => new Uint8Array(k));
      this.kind = grow(this.kind, size, (k) => new Uint8Array(k));
      this.approximate = grow(this.approximate, size, (k) => new Uint8Array(k));
      this.flags = grow(this.flags, size, (k) => new Uint8Array(k));
      this.startPrecision = grow(this.startPrecision, size, (k) => new Uint8Array(k).fill(NO_PRECISION));
      this.endPrecision = grow(this.endPrecision, size, (k) => new Uint8Array(k).fill(NO_PRECISION));
      this.sourceCount = grow(this.sourceCount, size, (k) => new Uint16Array(k));
      this.actorEnds = grow(this.actorEnds, size, (k) => new Uint32Array(k));
      this.themeEnds = grow(this.themeEnds, size, (k) => new Uint32Array(k));
      this.placeAt = growPlaces(this.placeAt, size);
    }
    this.placeAt[i] = place;
    this.first[i] = first;
    this.last[i] = last;
    this.precision[i] = precision;
    this.approximate[i] = approximate ? 1 : 0;
    this.kind[i] = kind;
    this.sourceCount[i] = Math.min(65535, sourceCount);
    this.actorFlat = grow(this.actorFlat, this.na + actors.length, (k) => new Uint32Array(k));
    for (const a of actors) this.actorFlat[this.na++] = a;
    this.actorEnds[i] = this.na;
    this.themeFlat = grow(this.themeFlat, this.nt + themes.length, (k) => new Uint32Array(k));
    for (const t of themes) this.themeFlat[this.nt++] = t;
    this.themeEnds[i] = this.nt;
  }

  /** Adds what an Envoy dataset says beyond the columns of push for the event just pushed: flag bits, span end precisions, likeliest part. */
  detail(
    flags: number,
    startPrecision: number,
    endPrecision: number,
    likeliest: readonly [number, number] | null,
  ): void {
    const i = this.n - 1;
    this.flags[i] = flags;
    this.startPrecision[i] = startPrecision;
    this.endPrecision[i] = endPrecision;
    if (likeliest) this.likeliest.set(i, likeliest);
  }

  /** Sorts and packs everything the page needs into a payload of typed arrays. */
  build(
    meta: DatasetMeta,
    records: PackedRecords,
    recordKind: IndexPayload['recordKind'],
    rowFormat?: IndexPayload['rowFormat'],
  ): IndexPayload {
    const n = this.n;
    const { first, last } = this;
    const ids = this.idSet.ids;
    const order = sortOrder(first, last, ids, n);

    const columns = allocateColumns(n);
    const {
      start,
      end,
      precision,
      kind,
      approximate,
      flags,
      startPrecision,
      endPrecision,
      sourceCount,
      actorOffsets,
      themeOffsets,
    } = columns;
    const likeliestAt: number[] = [];
    const likeliestRange: number[] = [];
    const actorIds = new Uint32Array(this.na);
    const themeIds = new Uint32Array(this.nt);
    const placeOf = new Int32Array(n);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0, na = 0, nt = 0; i < n; i++) {
      const k = order[i]!;
      start[i] = first[k]!;
      end[i] = last[k]! + DAY_MS;
      if (start[i]! < lo) lo = start[i]!;
      if (end[i]! > hi) hi = end[i]!;
      precision[i] = this.precision[k]!;
      kind[i] = this.kind[k]!;
      approximate[i] = this.approximate[k]!;
      flags[i] = this.flags[k]!;
      startPrecision[i] = this.startPrecision[k]!;
      endPrecision[i] = this.endPrecision[k]!;
      const l = this.likeliest.get(k);
      if (l) {
        likeliestAt.push(i);
        likeliestRange.push(l[0], l[1]);
      }
      sourceCount[i] = this.sourceCount[k]!;
      for (let j = k === 0 ? 0 : this.actorEnds[k - 1]!; j < this.actorEnds[k]!; j++)
        actorIds[na++] = this.actorFlat[j]!;
      actorOffsets[i + 1] = na;
      for (let j = k === 0 ? 0 : this.themeEnds[k - 1]!; j < this.themeEnds[k]!; j++)
        themeIds[nt++] = this.themeFlat[j]!;
      themeOffsets[i + 1] = nt;
      placeOf[i] = this.placeAt[k]!;
    }
    if (n === 0) [lo, hi] = emptySpan();
    const byActor = groupPositions(n, actorOffsets, actorIds, meta.actors.length);
    const byTheme = groupPositions(n, themeOffsets, themeIds, meta.themes.length);
    const idTable = this.idSet.table(order);
    return {
      id: meta.id,
      title: meta.title,
      description: meta.description,
      count: n,
      order,
      ...columns,
      likeliestAt: Uint32Array.from(likeliestAt),
      likeliestRange: Float64Array.from(likeliestRange),
      actorIds,
      themeIds,
      actorGroupStarts: byActor.starts,
      actorGroups: byActor.buffer,
      themeGroupStarts: byTheme.starts,
      themeGroups: byTheme.buffer,
      actors: meta.actors,
      themes: meta.themes,
      articles: meta.articles,
      places: meta.places ?? [],
      placeOf,
      records,
      recordKind,
      rowFormat,
      idTable,
      eventAliases: meta.eventAliases,
      span: [lo, hi],
      home: meta.home ?? [lo, hi],
    };
  }
}
