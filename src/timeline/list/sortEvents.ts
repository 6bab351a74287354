import type { EventIndex } from '../../data/model';
import { normalizeText } from '../../lib/normalize';
import { inStoryOrder } from '../../data/storyOrder';

export type SortKey = 'date' | 'title' | 'actors' | 'themes' | 'sources';
export type SortDir = 'ascending' | 'descending';

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
 * The rows of the list view in the chosen order. `rows` are event positions in time order (the filtered events);
 * for every other key, ties keep time order in both directions. Sorting by title builds one title per row, so it is the slowest.
 */
export function sortEvents(index: EventIndex, rows: Uint32Array, key: SortKey, dir: SortDir): Uint32Array {
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
      return byTitle(index, rows, dir);
  }
}
