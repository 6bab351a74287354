import type { EventIndex } from './model';
import { generateSynthetic, syntheticIndex } from './synthetic';
import { adoptClient, spawnSyntheticClient } from './worker/spawn';

/**
 * Synthetic data for the page. Large sets are generated in the data worker, which hands the page its columns
 * (transferred) and keeps serving searches over them, so the page's thread never spends the half second a
 * million events take to generate. Small sets, or a page without workers, generate here.
 */
export async function loadSynthetic(count: number, seed: number): Promise<EventIndex> {
  const client = spawnSyntheticClient(count, seed);
  if (!client) return generateSynthetic(count, seed);
  try {
    const index = syntheticIndex(await client.columns, seed);
    adoptClient(index, client);
    return index;
  } catch {
    // The worker failed to start or to generate: the page does it (slower, the same data); searches then say why.
    client.dispose();
    return generateSynthetic(count, seed);
  }
}
