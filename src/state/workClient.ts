import type { EventIndex } from '../data/model';
import type { WorkClient } from '../data/worker/client';
import { spawnWorkClient } from '../data/worker/spawn';

const clients = new WeakMap<EventIndex, WorkClient | null>();

/** The dataset's one data worker, started the first time anyone asks (null: the page does the work itself). */
export function workClientOf(index: EventIndex): WorkClient | null {
  if (!clients.has(index)) clients.set(index, spawnWorkClient(index));
  return clients.get(index)!;
}
