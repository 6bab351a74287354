import { DAY_MS } from '../lib/days';
import { PRECISION_CODES, type EventIndex } from './model';

const SPAN = PRECISION_CODES.indexOf('span');

/**
 * An instant whose window is longer than this says nothing by its earliest day about where it belongs in the story
 * ("some day between 1 October 2018 and 17 January 2020" is not news of October 2018): it is placed by its latest
 * possible day, the day by which it had surely happened. Narrower windows, and spans (which began when they began),
 * keep their earliest day.
 */
export const WIDE_WINDOW_MS = 366 * DAY_MS;

/** The time an event is told at: its latest possible day for a wide uncertain instant, else its earliest. */
export function storyTime(index: Pick<EventIndex, 'start' | 'end' | 'precision'>, i: number): number {
  const start = index.start[i]!;
  const end = index.end[i]!;
  return index.precision[i] !== SPAN && end - start > WIDE_WINDOW_MS ? end - DAY_MS : start;
}

export interface StoryOrder {
  /** Event positions in story order; undefined when that is the index's own order (no wide window moved). */
  order: Uint32Array | undefined;
  /** rank[i]: the place of event i in `order`; undefined with `order`. */
  rank: Uint32Array | undefined;
  /** time[i]: storyTime of event i, ascending along the story order (the index's `start` when nothing moved). */
  time: Float64Array;
}

const cache = new WeakMap<EventIndex, StoryOrder>();

/**
 * The order events are told in (the list's date order, j/k stepping): by storyTime, ties in index order. Only the
 * wide windows move, so this merges those few, sorted, into the rest, which the index already holds in time order.
 */
export function storyOrder(index: EventIndex): StoryOrder {
  const hit = cache.get(index);
  if (hit) return hit;
  const n = index.count;
  let any = false;
  for (let i = 0; i < n && !any; i++) any = storyTime(index, i) !== index.start[i];
  if (!any) {
    // Generated data has no wide windows: cost nothing beyond this one pass.
    const same = { order: undefined, rank: undefined, time: index.start };
    cache.set(index, same);
    return same;
  }
  const time = new Float64Array(n);
  const stay: number[] = [];
  const moved: number[] = [];
  for (let i = 0; i < n; i++) {
    time[i] = storyTime(index, i);
    (time[i] === index.start[i] ? stay : moved).push(i);
  }
  moved.sort((a, b) => time[a]! - time[b]! || a - b);
  const order = new Uint32Array(n);
  let s = 0;
  let m = 0;
  for (let k = 0; k < n; k++) {
    // An event that stays goes first on a tie: a wide window told at its latest day comes after that day's news.
    const takeMoved = m < moved.length && (s >= stay.length || time[moved[m]!]! < time[stay[s]!]!);
    order[k] = takeMoved ? moved[m++]! : stay[s++]!;
  }
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]!] = k;
  const result = { order, rank, time };
  cache.set(index, result);
  return result;
}

/** The given events (ascending positions, e.g. the filtered ones) in story order. */
export function inStoryOrder(index: EventIndex, rows: Uint32Array): Uint32Array {
  const { order, rank } = storyOrder(index);
  if (!order || !rank) return rows;
  if (rows.length === index.count) return order;
  const ranks = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) ranks[k] = rank[rows[k]!]!;
  ranks.sort();
  const out = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = order[ranks[k]!]!;
  return out;
}
