/// <reference lib="webworker" />
// Envoy's data worker: the search index, searches and sorts, off the page's main thread (see protocol.ts).
import { createWorkerHandler } from './handler';
import type { ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
