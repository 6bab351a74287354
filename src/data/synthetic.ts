import type { EventIndex } from './model';

/** Placeholder: the deterministic synthetic generator lands with the timeline work. */
export function generateSynthetic(count: number, seed: number): EventIndex {
  throw new Error(`synthetic data (${count} events, seed ${seed}) is not available yet`);
}
