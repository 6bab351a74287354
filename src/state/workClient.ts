import type { EventIndex } from '../data/model';
import type { WorkClient } from '../data/worker/client';
import { spawnWorkClient } from '../data/worker/spawn';

const clients = new WeakMap<EventIndex, WorkClient | null>();
let latest: WorkClient | null = null;

/**
 * The dataset's one data worker, started the first time anyone asks (null: the page does the work itself).
 * The page shows one dataset at a time: a worker started for a newly opened dataset closes the last one's.
 */
export function workClientOf(index: EventIndex): WorkClient | null {
  if (!clients.has(index)) {
    const client = spawnWorkClient(index);
    if (client) {
      latest?.dispose();
      latest = client;
    }
    clients.set(index, client);
  }
  return clients.get(index)!;
}
