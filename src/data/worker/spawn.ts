import type { EventIndex } from '../model';
import { WorkClient, workSource, type WorkerLike } from './client';
import { WORKER_MIN } from './threshold';

export { WORKER_MIN };

/** A client of a new module worker for this dataset, or null where there are no workers (tests, old browsers) or the data is small. */
export function spawnWorkClient(index: EventIndex): WorkClient | null {
  const source = index.count >= WORKER_MIN ? workSource(index) : null;
  if (!source || typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('./envoy.worker.ts', import.meta.url), { type: 'module', name: 'envoy-data' });
  return new WorkClient(worker as unknown as WorkerLike, source);
}
