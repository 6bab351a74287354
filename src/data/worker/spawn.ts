import type { EventIndex } from '../model';
import { WorkClient, workSource, type WorkerLike } from './client';
import type { WorkSource } from './protocol';
import { WORKER_MIN } from './threshold';

export { WORKER_MIN };

/** Clients started before their index existed (the worker generated the data), by the index they made. */
const adopted = new WeakMap<EventIndex, WorkClient>();

function start(source: WorkSource): WorkClient | null {
  if (typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('./envoy.worker.ts', import.meta.url), { type: 'module', name: 'envoy-data' });
  return new WorkClient(worker as unknown as WorkerLike, source);
}

/** A client of a new module worker for this dataset, or null where there are no workers (tests, old browsers) or the data is small. */
export function spawnWorkClient(index: EventIndex): WorkClient | null {
  const mine = adopted.get(index);
  if (mine) return mine;
  const source = index.count >= WORKER_MIN ? workSource(index) : null;
  return source ? start(source) : null;
}

/** A worker that generates synthetic data for the page and then serves it (null: generate on the page). */
export function spawnSyntheticClient(count: number, seed: number): WorkClient | null {
  return count >= WORKER_MIN ? start({ kind: 'synthetic', count, seed, share: true }) : null;
}

/** Makes `client` the worker of `index` (one spawnSyntheticClient made the data of). */
export function adoptClient(index: EventIndex, client: WorkClient): void {
  adopted.set(index, client);
}
