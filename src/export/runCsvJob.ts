import type { CsvWorkerMessage } from './csv.worker';
import { jobIndex, writeCsv, type CsvJob, type CsvProgress } from './core/csvJob';

export interface RunningJob {
  result: Promise<Blob>;
  cancel(): void;
}

/**
 * Runs a CSV export in a worker, so a million rows never freeze the page; where there are no workers
 * (tests in jsdom), on the page in chunks with a yield between them.
 */
export function runCsvJob(job: CsvJob, onProgress: CsvProgress): RunningJob {
  if (typeof Worker === 'undefined') {
    let stop = false;
    const result = jobIndex(job.source).then((index) =>
      writeCsv(
        index,
        job,
        onProgress,
        () => new Promise((r) => setTimeout(r, 0)),
        () => stop,
      ),
    );
    return { result, cancel: () => (stop = true) };
  }
  const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
  let reject: (e: Error) => void = () => {};
  const result = new Promise<Blob>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (e: MessageEvent<CsvWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.blob);
        else rej(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      rej(new Error(e.message || 'the export worker stopped'));
    };
  });
  // A copy of the positions goes over: the page keeps its own.
  const positions = job.positions.slice();
  worker.postMessage({ ...job, positions }, [positions.buffer]);
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new DOMException('The export was cancelled.', 'AbortError'));
    },
  };
}
