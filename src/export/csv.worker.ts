/// <reference lib="webworker" />
import { jobIndex, writeCsv, type CsvJob } from './core/csvJob';

/** Messages back to the page: progress now and then, then the file (or what went wrong, in words). */
export type CsvWorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; blob: Blob } | { type: 'error'; message: string };

const post = (m: CsvWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<CsvJob>) => {
  try {
    const index = await jobIndex(e.data.source);
    let last = 0;
    const blob = await writeCsv(index, e.data, (done, total) => {
      const now = performance.now();
      if (now - last > 100 || done === total) {
        last = now;
        post({ type: 'progress', done, total });
      }
    });
    post({ type: 'done', blob });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
