import type { EventIndex } from '../model';
import { WorkClient, workSource, type WorkerLike } from './client';

/** Datasets from this size on search and sort in the worker; smaller ones are quicker on the page, at once. */
export const WORKER_MIN = 50_000;

/** A client of a new module worker for this dataset, or null where there are no workers (tests, old browsers) or the data is small. */
export function spawnWorkClient(index: EventIndex): WorkClient | null {
  const source = index.count >= WORKER_MIN ? workSource(index) : null;
  if (!source || typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('./envoy.worker.ts', import.meta.url), { type: 'module', name: 'envoy-data' });
  return new WorkClient(worker as unknown as WorkerLike, source);
}
