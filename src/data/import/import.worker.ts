/// <reference lib="webworker" />
// The import worker: a thin shell over serveImports (parse, detect, validate and index off the page's thread).
// A large import's outcome also carries a copy of its columns for the data worker (data/worker/workCopy.ts).
import { serveImports } from './serve';
import type { FromWorker, ToWorker } from './protocol';
import { withWorkCopy } from '../worker/workCopy';

const scope = self as unknown as DedicatedWorkerGlobalScope;

serveImports({
  postMessage(m: FromWorker, transfer: Transferable[] = []) {
    const out = withWorkCopy(m, transfer);
    scope.postMessage(out.message, out.transfer);
  },
  set onmessage(handler: ((ev: MessageEvent<ToWorker>) => void) | null) {
    scope.onmessage = handler;
  },
  get onmessage() {
    return scope.onmessage as ((ev: MessageEvent<ToWorker>) => void) | null;
  },
});
