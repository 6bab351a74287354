// `npm run bench:import` (or `BENCH_IMPORT=1 npm run bench`): generates synthetic ACLED-shaped CSVs (100k and
// 1M rows by default; BENCH_IMPORT_SIZES=100000 picks others), builds a small page that calls importDataset,
// and measures in headless Chromium: time from the call to a ready EventIndex, the longest main-thread task
// (PerformanceObserver 'longtask'), and JS heap. Prints a table and writes bench-results/import.json.
// --node (or BENCH_IMPORT_NODE=1) also runs the same pipeline in Node first and reports its CPU time.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { writeAcledCsv } from './acledCsv.mjs';
import { measureInNode } from './importNode.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
];
const browserPath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const log = (...a) => console.log(`[bench:import ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** Builds the benchmark page (tests/perf/importPage) into outDir. */
export async function buildImportPage(outDir) {
  await build({
    root: ROOT,
    base: '/envoy/',
    logLevel: 'warn',
    configFile: resolve(ROOT, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true, rollupOptions: { input: resolve(ROOT, 'tests/perf/importPage/index.html') } },
  });
}

export async function main() {
  if (!browserPath) {
    console.error('No Chromium found (set CHROME_PATH); nothing measured.');
    process.exitCode = 1;
    return [];
  }
  const work = mkdtempSync(join(tmpdir(), 'envoy-import-bench-'));
  const outDir = join(work, 'dist');
  log('building the import page…');
  await buildImportPage(outDir);
  mkdirSync(join(outDir, 'bench'), { recursive: true });
  for (const n of SIZES) {
    const bytes = await writeAcledCsv(join(outDir, 'bench', `acled-${n}.csv`), n);
    log(`wrote acled-${n}.csv: ${(bytes / 1048576).toFixed(0)} MB`);
  }
  if (process.env.BENCH_IMPORT_NODE === '1' || process.argv.includes('--node')) {
    const node = await measureInNode(SIZES.map((n) => ({ rows: n, path: join(outDir, 'bench', `acled-${n}.csv`) })));
    for (const r of node)
      log(
        `${r.rows} in Node: ${r.events} events, ${r.wallMs.toFixed(0)} ms wall, ${r.cpuMs.toFixed(0)} ms CPU (all threads, GC included)`,
      );
  }
  const server = await serveStatic(outDir, '/envoy/');
  const browser = await chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS, headless: true });
  const results = [];
  try {
    for (const n of SIZES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(new URL('tests/perf/importPage/index.html', server.url).toString());
      await page.waitForFunction(() => '__envoyImport' in window);
      const r = await page.evaluate((url) => window.__envoyImport(url), `../../../bench/acled-${n}.csv`);
      const mb = statSync(join(outDir, 'bench', `acled-${n}.csv`)).size / 1048576;
      results.push({ rows: n, fileMB: Math.round(mb), ...r, errors });
      log(
        `${n}: ${r.kind} ${r.count ?? ''} events in ${r.readyMs.toFixed(0)} ms; longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} over 50 ms); heap ${r.heapMB?.toFixed(0) ?? 'n/a'} MB; event(0) ${r.assembleFirstEventMs?.toFixed(1)} ms; a search over every row ${r.searchAllMs?.toFixed(0)} ms (main thread, filter.ts)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log('\nrows        file MB  ready ms  longest task ms  long tasks  heap MB');
  for (const r of results) {
    console.log(
      `${String(r.rows).padEnd(11)} ${String(r.fileMB).padStart(7)}  ${r.readyMs.toFixed(0).padStart(8)}  ${r.longestTaskMs.toFixed(0).padStart(15)}  ${String(r.longTasks).padStart(10)}  ${(r.heapMB?.toFixed(0) ?? 'n/a').padStart(7)}`,
    );
  }
  console.log(
    `Load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${cpus().length} cores (times are wall clock).`,
  );
  console.log('Targets (issue 11): ready index ≤ 2 s at 100k and ≤ 10 s at 1M rows; no main-thread task over 50 ms.');
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench-results/import.json'),
    `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, results }, null, 2)}\n`,
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
