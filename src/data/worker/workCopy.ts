import type { FromWorker, IndexPayload } from '../import/protocol';
import { payloadTransfer } from '../import/protocol';
import { WORKER_MIN } from './threshold';

/** The outcome field that carries the data worker's copy of a large import's payload (see handOver.ts). */
export const WORK_COPY = 'workPayload';

/**
 * In the import worker, before the finished import goes to the page: for a dataset big enough for the data worker,
 * a second copy of its payload (made here, off the page's thread) rides along, transferred too.
 */
export function withWorkCopy(
  m: FromWorker,
  transfer: Transferable[],
): { message: FromWorker; transfer: Transferable[] } {
  if (m.type !== 'done' || m.outcome.kind !== 'ok' || m.outcome.payload.count < WORKER_MIN)
    return { message: m, transfer };
  let copy: IndexPayload;
  try {
    copy = structuredClone(m.outcome.payload);
  } catch {
    // No room for a second copy: the import still opens; the page then searches it itself, as before.
    return { message: m, transfer };
  }
  return {
    message: { ...m, outcome: Object.assign({}, m.outcome, { [WORK_COPY]: copy }) },
    transfer: [...transfer, ...payloadTransfer(copy)],
  };
}

/** The copy an import's outcome carries on the page, if any. */
export function workCopyOf(outcome: object): IndexPayload | null {
  return (outcome as Record<string, IndexPayload | undefined>)[WORK_COPY] ?? null;
}
