import { payloadTransfer, type FromWorker, type ToWorker } from './protocol';
import { runImport } from './run';

/** The worker's side of the protocol over any port: one import per port, stopped by a "cancel" message. */
export function serveImports(port: {
  postMessage(m: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
}): void {
  const abort = new AbortController();
  let busy = false;
  port.onmessage = (ev) => {
    const msg = ev.data;
    if (msg.type === 'cancel') {
      abort.abort();
      return;
    }
    if (busy) return;
    busy = true;
    runImport(msg.input, {
      mapping: msg.mapping,
      signal: abort.signal,
      onProgress: (p) => port.postMessage({ type: 'progress', ...p }),
    })
      .catch((e: unknown) => ({
        kind: 'error' as const,
        message: `The import failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`,
      }))
      .then((outcome) => {
        const done = abort.signal.aborted ? { kind: 'cancelled' as const } : outcome;
        port.postMessage({ type: 'done', outcome: done }, done.kind === 'ok' ? payloadTransfer(done.payload) : []);
      });
  };
}
