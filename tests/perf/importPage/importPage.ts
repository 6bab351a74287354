// A page for the import benchmark and the worker's real-browser test: it runs importDataset on a URL and
// reports timings, the longest main-thread task seen (PerformanceObserver 'longtask') and memory.
import { importDataset } from '../../../src/data/import/client';

interface Report {
  kind: string;
  format?: string;
  count?: number;
  rows?: number;
  skipped?: number;
  readyMs: number;
  assembleFirstEventMs?: number;
  longestTaskMs: number;
  longTasks: number;
  progressEvents: number;
  heapMB: number | null;
  firstTitle?: string;
  /** One search over every event's searchText, as filter.ts does above the haystack limit (a main-thread task by design). */
  searchAllMs?: number;
  message?: string;
}

const tasks: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) tasks.push(e.duration);
}).observe({ type: 'longtask', buffered: true });

async function run(url: string, cancelAfterMs?: number): Promise<Report> {
  tasks.length = 0;
  const status = document.getElementById('status')!;
  const controller = new AbortController();
  let progressEvents = 0;
  if (cancelAfterMs !== undefined) setTimeout(() => controller.abort(), cancelAfterMs);
  const t0 = performance.now();
  const outcome = await importDataset(
    { kind: 'url', url },
    {
      signal: controller.signal,
      onProgress: (p) => {
        progressEvents++;
        status.textContent = `${p.rows.toLocaleString('en-US')} rows read`;
      },
    },
  );
  const readyMs = performance.now() - t0;
  // Let the page breathe so any long task caused by the import is observed before reporting (and before the search).
  await new Promise((r) => setTimeout(r, 200));
  const longestTaskMs = Math.max(0, ...tasks);
  const longTasks = tasks.length;
  const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  const report: Report = {
    kind: outcome.kind,
    readyMs,
    longestTaskMs,
    longTasks,
    progressEvents,
    heapMB: mem ? mem.usedJSHeapSize / 1048576 : null,
  };
  if (outcome.kind === 'ok') {
    const t1 = performance.now();
    report.firstTitle = outcome.index.count > 0 ? outcome.index.event(0).title : '';
    report.assembleFirstEventMs = performance.now() - t1;
    const t2 = performance.now();
    let hits = 0;
    for (let i = 0; i < outcome.index.count; i++) if (outcome.index.searchText(i).includes('taliban')) hits++;
    report.searchAllMs = hits >= 0 ? performance.now() - t2 : 0;
    Object.assign(report, {
      format: outcome.format,
      count: outcome.index.count,
      rows: outcome.rows,
      skipped: outcome.skipped.length,
    });
    (window as unknown as { __lastIndex: unknown }).__lastIndex = outcome.index;
  } else if (outcome.kind === 'error') report.message = outcome.message;
  status.textContent = `done: ${report.kind}`;
  return report;
}

(window as unknown as { __envoyImport: typeof run }).__envoyImport = run;
