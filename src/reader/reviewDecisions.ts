/**
 * Review decisions made in the app, kept in this browser (localStorage, keyed by dataset id) so a reload or a
 * closed tab loses nothing. One small external store, shared by every component that shows them.
 */
import { useSyncExternalStore } from 'react';

export interface ReviewDecision {
  decision: 'accept' | 'reject' | 'edit';
  title?: string;
  earliest?: string;
  latest?: string;
  actors?: string[];
}

export type Decisions = Record<string, ReviewDecision>;

const key = (datasetId: string) => `envoy-review:${datasetId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, Decisions>();

function read(datasetId: string): Decisions {
  const hit = cache.get(datasetId);
  if (hit) return hit;
  let value: Decisions = {};
  try {
    const raw = localStorage.getItem(key(datasetId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) value = parsed as Decisions;
  } catch {
    value = {};
  }
  cache.set(datasetId, value);
  return value;
}

/** Records (or, with null, forgets) the decision on one event. Returns false when the browser refused to store it. */
export function decide(datasetId: string, eventId: string, d: ReviewDecision | null): boolean {
  const next = { ...read(datasetId) };
  if (d) next[eventId] = d;
  else delete next[eventId];
  cache.set(datasetId, next);
  listeners.forEach((l) => l());
  try {
    localStorage.setItem(key(datasetId), JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('envoy-review:')) {
      cache.delete(e.key.slice('envoy-review:'.length));
      l();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', onStorage);
  };
}

/** The decisions on a dataset, live. */
export function useDecisions(datasetId: string): Decisions {
  return useSyncExternalStore(
    subscribe,
    () => read(datasetId),
    () => read(datasetId),
  );
}

/** For tests: forget the in-memory copy so the next read comes from localStorage. */
export function resetDecisionCache(): void {
  cache.clear();
}
