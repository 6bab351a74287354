import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StoreContext } from '../state/StoreContext';
import { createEnvoyStore, type EnvoyStore } from '../state/store';

/** The app's one QueryClient and one store. Tests pass their own fresh ones. */
export function Providers({
  children,
  store,
  client,
}: {
  children: ReactNode;
  store?: EnvoyStore;
  client?: QueryClient;
}) {
  const [theStore] = useState(() => store ?? createEnvoyStore());
  const [theClient] = useState(
    () => client ?? new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={theClient}>
      <StoreContext.Provider value={theStore}>{children}</StoreContext.Provider>
    </QueryClientProvider>
  );
}
