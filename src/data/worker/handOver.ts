// An imported dataset's columns, copied for the data worker by the import worker (which can afford the copy off
// the page's thread) and handed to the data worker when it starts, transferred: the page never copies them.
import type { EventIndex } from '../model';
import type { IndexPayload } from '../import/protocol';

const handed = new WeakMap<EventIndex, IndexPayload>();

/** Keeps the data worker's copy of an imported index's payload until its worker starts. */
export function handOver(index: EventIndex, payload: IndexPayload): void {
  handed.set(index, payload);
}

/** The payload kept for this index, once: after it is transferred to the worker the page holds none of it. */
export function takeHandOver(index: EventIndex): IndexPayload | null {
  const p = handed.get(index) ?? null;
  handed.delete(index);
  return p;
}
