import type { EventIndex } from './model';
import { normalizeText } from '../lib/normalize';
import { inStoryOrder } from './storyOrder';

import type { SortDir, SortKey } from './vocabulary';

export type { SortDir, SortKey };

/** Collation keys computed once per dataset (titleRanks), so a sort compares numbers, not strings. */
export interface SortKeys {
  /** title[i]: the rank of event i's folded title among all titles (equal titles, equal ranks). */
  title: Uint32Array;
  /** One more than the largest rank. */
  titleMax: number;
}

/** Rank of each entry when ordered by its name, so a number comparison stands for a name comparison. */
function nameRanks(names: string[]): Uint32Array {
  const order = names.map((_, k) => k).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b));
  const rank = new Uint32Array(names.length);
  order.forEach((k, r) => (rank[k] = r));
  return rank;
}

/** Sorts rows by a numeric key per row, ties kept in time order, using one typed-array sort of packed keys. */
function byNumber(rows: Uint32Array, key: (i: number) => number, maxKey: number, dir: SortDir): Uint32Array {
  const n = rows.length;
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = key(rows[k]!);
    packed[k] = (dir === 'ascending' ? v : maxKey - v) * n + k;
  }
  packed.sort();
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) out[k] = rows[packed[k]! % n]!;
  return out;
}

/** Key of a CSR list: its first and second names' ranks, so lists sort like their "A, B, …" text. */
function listKey(offsets: Uint32Array, ids: Uint32Array, rank: Uint32Array) {
  const size = rank.length + 1;
  return {
    max: size * size,
    key: (i: number) => {
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      if (to === from) return 0;
      return (rank[ids[from]!]! + 1) * size + (to - from > 1 ? rank[ids[from + 1]!]! + 1 : 0);
    },
  };
}

/** Folds a title for sorting; the costly accent folding only when the title has characters outside ASCII. */
function foldTitle(t: string): string {
  return /[^\x20-\x7e]/.test(t) ? normalizeText(t) : t.toLowerCase();
}

/**
 * Sorts by folded title with the engine's native string sort (far faster than a comparator at a million rows):
 * each key is the title, a NUL and the row's fixed-width number, which also keeps ties in time order.
 */
function byTitle(index: EventIndex, rows: Uint32Array, dir: SortDir): Uint32Array {
  const n = rows.length;
  const width = Math.max(1, n.toString(36).length);
  const keys = new Array<string>(n);
  for (let k = 0; k < n; k++) {
    const tie = dir === 'ascending' ? k : n - 1 - k;
    keys[k] = `${foldTitle(index.event(rows[k]!).title)}\u0000${tie.toString(36).padStart(width, '0')}`;
  }
  keys.sort();
  if (dir === 'descending') keys.reverse();
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    const tie = parseInt(key.slice(key.length - width), 36);
    out[k] = rows[dir === 'ascending' ? tie : n - 1 - tie]!;
  }
  return out;
}

/**
 * Every event's title rank in the order byTitle sorts titles (folded, then code-unit order): built once, in the
 * worker, with one native string sort; afterwards sorting any rows by title is a sort of numbers.
 */
export function titleRanks(index: EventIndex, title?: (i: number) => string): SortKeys {
  return titleRankBuilder(index, title)()!;
}

/** Work between two pauses of the title key build: about a thousand keys sorted or merged, or ranks set. */
const UNIT = 1024;
/** Titles folded between two pauses: fewer, since an imported row's title is decoded from its record first. */
const TITLE_UNIT = 32;

/**
 * The title ranks as a computation that pauses (yields) after each UNIT of work: the titles folded into unique keys
 * (folded title, NUL, position), sorted in runs of `run` keys, the runs merged pairwise (code-unit order, as the
 * native sort), then each position given its title's rank.
 */
function* titleRankSteps(n: number, title: (i: number) => string, run: number): Generator<void, SortKeys, void> {
  const width = Math.max(1, n.toString(36).length);
  let a = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    a[i] = `${foldTitle(title(i))}\u0000${i.toString(36).padStart(width, '0')}`;
    if (i % TITLE_UNIT === TITLE_UNIT - 1) yield;
  }
  for (let lo = 0; lo < n; lo += run) {
    const sorted = a.slice(lo, Math.min(n, lo + run)).sort();
    for (let k = 0; k < sorted.length; k++) a[lo + k] = sorted[k]!;
    for (let u = 0; u < run; u += UNIT) yield;
  }
  let b = new Array<string>(n);
  for (let w = run; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(n, lo + w);
      const hi = Math.min(n, lo + 2 * w);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        b[k++] = a[i]! <= a[j]! ? a[i++]! : a[j++]!;
        if (k % UNIT === 0) yield;
      }
      while (i < mid) {
        b[k++] = a[i++]!;
        if (k % UNIT === 0) yield;
      }
      while (j < hi) {
        b[k++] = a[j++]!;
        if (k % UNIT === 0) yield;
      }
    }
    [a, b] = [b, a];
  }
  // The spare array is dropped here: the ranks below need only `a`.
  b.length = 0;
  const rank = new Uint32Array(n);
  let r = -1;
  let prev: string | null = null;
  for (let k = 0; k < n; k++) {
    const key = a[k]!;
    const folded = key.slice(0, key.length - width - 1);
    if (folded !== prev) r++;
    prev = folded;
    rank[parseInt(key.slice(key.length - width), 36)] = r;
    if (k % UNIT === UNIT - 1) yield;
  }
  return { title: rank, titleMax: r + 1 };
}

/**
 * titleRanks in steps: each call does up to `budget` units of work (about a thousand titles each) and returns null,
 * until the call that finishes, which returns the keys. Lets the worker build the keys between searches instead of
 * in one long stretch. `run` is the length of the sorted runs that are then merged (small in tests).
 */
export function titleRankBuilder(
  index: EventIndex,
  title: (i: number) => string = (i) => index.event(i).title,
  run = 2 * UNIT,
): (budget?: number) => SortKeys | null {
  const steps = titleRankSteps(index.count, title, run);
  return (budget = Infinity) => {
    for (let spent = 0; spent < budget; spent++) {
      const r = steps.next();
      if (r.done) return r.value;
    }
    return null;
  };
}

/**
 * The rows of the list view in the chosen order. `rows` are event positions in time order (the filtered events);
 * for every other key, ties keep time order in both directions. Without precomputed keys, sorting by title builds one
 * title per row, so it is the slowest; with `keys` (titleRanks) it is a sort of numbers.
 */
export function sortEvents(
  index: EventIndex,
  rows: Uint32Array,
  key: SortKey,
  dir: SortDir,
  keys?: SortKeys,
): Uint32Array {
  switch (key) {
    case 'date': {
      // In the order events are told: a wide uncertain window by its latest day (see data/storyOrder).
      const told = inStoryOrder(index, rows);
      return dir === 'ascending' ? told : told.slice().reverse();
    }
    case 'sources':
      return byNumber(rows, (i) => index.sourceCount[i]!, 65535, dir);
    case 'actors': {
      const k = listKey(index.actorOffsets, index.actorIds, nameRanks(index.actors.map((a) => normalizeText(a.name))));
      return byNumber(rows, k.key, k.max, dir);
    }
    case 'themes': {
      const k = listKey(index.themeOffsets, index.themeIds, nameRanks(index.themes.map((t) => normalizeText(t.label))));
      return byNumber(rows, k.key, k.max, dir);
    }
    case 'title':
      return keys ? byNumber(rows, (i) => keys.title[i]!, keys.titleMax, dir) : byTitle(index, rows, dir);
  }
}
