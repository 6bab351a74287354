// `npm run bench:import -- --node` (or BENCH_IMPORT_NODE=1): the same import pipeline the worker runs (runImport),
// in Node, on the same synthetic ACLED files, reporting wall and CPU time. CPU time is the steadier number on a
// shared machine, where the browser's wall-clock time mostly measures the other processes.
import { openAsBlob } from 'node:fs';
import { runnerImport } from 'vite';

/** Imports each file in Node; returns [{rows, wallMs, cpuMs, events}]. */
export async function measureInNode(files) {
  const { module } = await runnerImport('./src/data/import/run.ts');
  const out = [];
  for (const { rows, path } of files) {
    const file = new File([await openAsBlob(path)], path.split('/').pop());
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const o = await module.runImport({ kind: 'file', file });
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    out.push({
      rows,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      events: o.kind === 'ok' ? o.payload.count : o.kind,
    });
  }
  return out;
}
