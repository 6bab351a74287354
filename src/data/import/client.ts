import { assembleIndex } from './assemble';
import type { FromWorker, ToWorker } from './protocol';
import type { ImportInput, ImportOptions, ImportOutcome } from './types';

/** Something that behaves like a Worker, so tests can drive the protocol without a browser. */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
  onmessage: ((ev: MessageEvent<FromWorker>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}

function createImportWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'envoy-import',
  }) as unknown as WorkerLike;
}

/** As importDataset, over a given worker factory. */
export function importWith(
  createWorker: () => WorkerLike,
  input: ImportInput,
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  if (opts.signal?.aborted) return Promise.resolve({ kind: 'cancelled' });
  // A relative URL means relative to the page, not to the worker's script.
  const resolved: ImportInput =
    input.kind === 'url' && typeof location !== 'undefined'
      ? { kind: 'url', url: new URL(input.url, location.href).href }
      : input;
  return new Promise<ImportOutcome>((resolve) => {
    const worker = createWorker();
    let settled = false;
    const settle = (o: ImportOutcome) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      // Stopping a worker that holds a large heap is not free: on its own task, after the outcome is handed over,
      // unless this is a cancel, which must stop the reading now.
      if (o.kind === 'cancelled') worker.terminate();
      else setTimeout(() => worker.terminate(), 0);
      resolve(o);
    };
    // Cancel stops the worker outright: whatever it was reading, nothing more runs.
    const onAbort = () => settle({ kind: 'cancelled' });
    opts.signal?.addEventListener('abort', onAbort);
    worker.onerror = (ev) => {
      ev.preventDefault?.();
      settle({ kind: 'error', message: `The import stopped unexpectedly${ev.message ? `: ${ev.message}` : ''}` });
    };
    worker.onmessage = (ev) => {
      const msg = ev.data;
      if (msg.type === 'progress') {
        opts.onProgress?.({ rows: msg.rows, bytes: msg.bytes, totalBytes: msg.totalBytes });
        return;
      }
      const o = msg.outcome;
      if (o.kind !== 'ok') {
        settle(o);
        return;
      }
      const { payload, ...rest } = o;
      settle({ ...rest, index: assembleIndex(payload, o.dataset) });
    };
    worker.postMessage({ type: 'start', input: resolved, mapping: opts.mapping });
  });
}

/**
 * Opens a file, a set of files (a dataset folder) or a URL in a Web Worker Envoy creates, and resolves with the
 * indexed dataset, a request for a column mapping, an error in words, or "cancelled" once `opts.signal` aborts.
 */
export function importDataset(input: ImportInput, opts: ImportOptions = {}): Promise<ImportOutcome> {
  return importWith(createImportWorker, input, opts);
}
