import { useContext, useEffect, useSyncExternalStore } from 'react';
import type { EventIndex } from '../data/model';
import { searchMask, searchNeedle } from '../data/filter';
import { StoreContext } from './StoreContext';
import { Superseded } from '../data/worker/client';
import { workClientOf } from './workClient';
import type { DensityBase, OneLaneRows } from '../data/densityBase';

/**
 * The answer to a search (a needle from searchNeedle): the events it matches, or null for no search.
 * On big datasets the worker answers; until a new answer arrives, the page keeps showing the last one.
 */
export interface Answer {
  needle: string;
  mask: Uint8Array | null;
  /** The matching positions in time order, when the worker answered (null: use the mask). */
  rows: Uint32Array | null;
  /** Of those, the ones longer than SHORT_MS (for their overlap index), when the worker answered. */
  long: Uint32Array | null;
  /** When nothing matches and there are several words: how many events each finds alone (null: not known). */
  perTerm: number[] | null;
  /** The one-lane timeline's density base for the matches, built by the worker with them (null: none). */
  density: { rows: OneLaneRows; base: DensityBase } | null;
}

export interface SearchState {
  /** The latest answer; its needle may be older than the one asked for while the worker works. */
  answer: Answer;
  /** True while a newer search than the answer's is on its way. */
  pending: boolean;
  /** Why the worker could not answer, in words (the page then searched itself). */
  error: string | null;
}

const NONE: Answer = { needle: '', mask: null, rows: null, long: null, perTerm: null, density: null };

/** The one-lane layout the timeline shows, per dataset (null: lanes, or no timeline): the worker counts its density. */
const densityWish = new WeakMap<EventIndex, OneLaneRows>();

/** Tells the worker which one-lane density to send with each search's answer from now on (null: none). */
export function wantSearchDensity(index: EventIndex, rows: OneLaneRows | null): void {
  if (rows) densityWish.set(index, rows);
  else densityWish.delete(index);
}

interface Entry {
  wanted: string;
  state: SearchState;
  listeners: Set<() => void>;
}

const entries = new WeakMap<EventIndex, Entry>();
const localAnswers = new WeakMap<EventIndex, Answer>();

function entryOf(index: EventIndex): Entry {
  let e = entries.get(index);
  if (!e)
    entries.set(
      index,
      (e = { wanted: '', state: { answer: NONE, pending: false, error: null }, listeners: new Set() }),
    );
  return e;
}

function update(e: Entry, next: Partial<SearchState>) {
  e.state = { ...e.state, ...next };
  for (const l of e.listeners) l();
}

/** The answer computed on the page (small datasets, or no worker): one object per needle, so memos keep. */
function localAnswer(index: EventIndex, needle: string): Answer {
  const last = localAnswers.get(index);
  if (last && last.needle === needle) return last;
  const answer = needle
    ? { needle, mask: searchMask(index, needle), rows: null, long: null, perTerm: null, density: null }
    : NONE;
  localAnswers.set(index, answer);
  return answer;
}

/** Asks for a search's answer; a newer request replaces an older one still on its way. */
export function requestSearch(index: EventIndex, needle: string): void {
  const client = workClientOf(index);
  const e = entryOf(index);
  if (!client || e.wanted === needle) return;
  e.wanted = needle;
  if (!needle) {
    update(e, { answer: NONE, pending: false });
    // Cancel whatever was on its way: an empty search needs no worker.
    client.search('').catch(() => undefined);
    return;
  }
  update(e, { pending: true });
  const wish = densityWish.get(index) ?? null;
  client.search(needle, wish).then(
    (a) => {
      if (e.wanted !== needle) return;
      // For the benchmark (tests/perf): when each answer lands; one entry at a time, observers see them all.
      performance.clearMarks('envoy:search-answer');
      performance.mark('envoy:search-answer', { detail: needle });
      update(e, {
        answer: {
          needle,
          mask: a.mask,
          rows: a.rows,
          long: a.long,
          perTerm: a.perTerm,
          density: wish && a.density ? { rows: wish, base: a.density } : null,
        },
        pending: false,
        error: null,
      });
    },
    (err: unknown) => {
      if (err instanceof Superseded || e.wanted !== needle) return;
      // The worker failed: search here instead (slower, but nothing is lost) and say why.
      const message = err instanceof Error ? err.message : String(err);
      update(e, {
        answer: { needle, mask: searchMask(index, needle), rows: null, long: null, perTerm: null, density: null },
        pending: false,
        error: message,
      });
    },
  );
}

const noop = () => () => undefined;

/** The current answer for the needle: at once on the page for small data, else the worker's latest. */
export function useSearchState(index: EventIndex, needle: string): SearchState {
  const client = workClientOf(index);
  const e = entryOf(index);
  const state = useSyncExternalStore(
    client
      ? (l) => {
          e.listeners.add(l);
          return () => e.listeners.delete(l);
        }
      : noop,
    () => e.state,
  );
  useEffect(() => {
    if (client) requestSearch(index, needle);
  }, [client, index, needle]);
  // A keystroke is sent to the worker as the store changes, not after React has rendered and painted it: the answer
  // is on its way while the page renders the keystroke. (The effect above still covers a needle set any other way.)
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!client || !store) return;
    return store.subscribe((s, prev) => {
      if (s.search !== prev.search) requestSearch(index, searchNeedle(s.search));
    });
  }, [client, index, store]);
  if (!client) return { answer: localAnswer(index, needle), pending: false, error: null };
  // Until the effect runs, a cleared search is known at once.
  return state;
}
