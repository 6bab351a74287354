import { createContext } from 'react';
import type { EnvoyStore } from './store';

export const StoreContext = createContext<EnvoyStore | null>(null);
