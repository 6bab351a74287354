import { useSyncExternalStore } from 'react';
import type { EnvoyStore } from './store';
import { useEnvoyStore } from './useEnvoy';

/** A transient value with its own listeners: setting it wakes only those who listen to it, never the store's. */
export interface Channel<T> {
  get(): T;
  set(value: T): void;
  /** Calls `fn` after each change; returns the function that stops it. */
  subscribe(fn: (value: T, prev: T) => void): () => void;
}

export function createChannel<T>(initial: T): Channel<T> {
  let value = initial;
  const listeners = new Set<(value: T, prev: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      const prev = value;
      value = next;
      for (const fn of [...listeners]) fn(next, prev);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/**
 * The hover link between the views: the event under the pointer (timeline, list, map) and the place hovered on the
 * map. It changes on every mouse move, so it travels here instead of the store, whose every subscriber would wake.
 */
export interface HoverChannels {
  /** The id of the hovered event, or null. */
  event: Channel<string | null>;
  /** The id of the place hovered on the map, or null. */
  place: Channel<string | null>;
}

const byStore = new WeakMap<EnvoyStore, HoverChannels>();

/** The hover channels of one store (each store, so each test, has its own). */
export function hoverOf(store: EnvoyStore): HoverChannels {
  let h = byStore.get(store);
  if (!h) {
    h = { event: createChannel<string | null>(null), place: createChannel<string | null>(null) };
    byStore.set(store, h);
  }
  return h;
}

/** The hover channels of the nearest store, for handlers that set them. */
export function useHoverChannels(): HoverChannels {
  return hoverOf(useEnvoyStore());
}

/** The hovered event's id, re-rendering only the component that asks. */
export function useHover(): string | null {
  const ch = useHoverChannels().event;
  return useSyncExternalStore(ch.subscribe, ch.get, ch.get);
}
