import { useContext } from 'react';
import { useStore } from 'zustand';
import { StoreContext } from './StoreContext';
import type { EnvoyState, EnvoyStore } from './store';

/** The store of the nearest provider; for imperative handlers that read getState(). */
export function useEnvoyStore(): EnvoyStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEnvoy needs a <StoreContext.Provider> above it');
  return store;
}

/** Subscribes to one slice of the store. Pass a module-level selector. */
export function useEnvoy<T>(selector: (s: EnvoyState) => T): T {
  return useStore(useEnvoyStore(), selector);
}
