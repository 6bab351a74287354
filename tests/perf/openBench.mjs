// `npm run bench:open` (or `BENCH_OPEN=1 npm run bench`): opening a file in the whole app, as a user does.
// Generates synthetic ACLED-shaped CSVs (100k and 1M rows; BENCH_OPEN_SIZES=100000 picks others), builds the app,
// and in headless Chromium picks each file in the Open dataset dialog, measuring from the file input's change
// event (the moment a drop or a pick hands Envoy the file) to the first timeline paint of the new dataset, the
// longest main-thread task in that time (PerformanceObserver 'longtask'), and memory once it settled.
// Prints a table and writes bench-results/open.json.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { writeAcledCsv } from './acledCsv.mjs';
import { memoryMB } from './benchPage.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_OPEN_SIZES ?? '100000,1000000')
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
];
const browserPath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const log = (...a) => console.log(`[bench:open ${new Date().toISOString().slice(11, 19)}]`, ...a);

// Before the app loads: long tasks and the moment a file is chosen, recorded in the page.
const INIT_SCRIPT = `
  window.__open = { longTasks: [], changedAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__open.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file') window.__open.changedAt = performance.now();
  }, true);
`;

/**
 * After the file is open: types a query into "Search events" one key at a time and times each key to the data
 * worker's answer (its answer mark); the first key's time includes the worker indexing the file. Long tasks while
 * typing are counted. Below the worker's threshold there are no answer marks: then nothing is reported.
 */
async function searchAfterOpen(page, query) {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.focus();
  const t0 = await page.evaluate(() => performance.now());
  const samples = [];
  for (let k = 1; k <= query.length; k++) {
    const needle = query.slice(0, k).trim().toLowerCase();
    const at = await page.evaluate(() => performance.now());
    await page.keyboard.press(query[k - 1] === ' ' ? 'Space' : query[k - 1]);
    const ms = await page
      .waitForFunction(
        ([n, from]) => {
          const m = performance
            .getEntriesByName('envoy:search-answer')
            .find((e) => e.detail === n && e.startTime >= from);
          return m ? m.startTime - from : null;
        },
        [needle, at],
        { timeout: 180_000, polling: 50 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    samples.push(ms);
  }
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(
    (from) => window.__open.longTasks.filter((t) => t.start >= from).map((t) => t.duration),
    t0,
  );
  const rest = samples
    .slice(1)
    .filter((v) => v != null)
    .sort((a, b) => a - b);
  const pct = (q) => (rest.length ? rest[Math.min(rest.length - 1, Math.floor((q / 100) * rest.length))] : null);
  await box.fill('');
  return {
    query,
    firstMs: samples[0],
    p50: pct(50),
    p95: pct(95),
    samples,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
    longTasks: tasks.length,
  };
}

async function measure(browser, baseUrl, file, rows) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(INIT_SCRIPT);
  const r = { rows, fileMB: Math.round(statSync(file).size / 1048576), errors };
  try {
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('envoy:timeline-paint').length > 0, null, {
      timeout: 60_000,
    });
    await page.getByRole('button', { name: /^Open dataset/ }).click();
    // A local browser reads the file from its path: nothing is copied through the protocol.
    await page.getByLabel('Choose a file').setInputFiles(file);
    await page.getByText(/^Opened acled-/).waitFor({ timeout: 180_000 });
    await page.waitForFunction(
      () => {
        const t0 = window.__open.changedAt;
        const ready = performance.getEntriesByName('envoy:data-ready').filter((e) => e.startTime > t0);
        return (
          ready.length > 0 &&
          performance
            .getEntriesByName('envoy:timeline-paint')
            .some((e) => e.startTime > ready[ready.length - 1].startTime)
        );
      },
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(1000);
    Object.assign(
      r,
      await page.evaluate(() => {
        const t0 = window.__open.changedAt;
        const ready = performance
          .getEntriesByName('envoy:data-ready')
          .filter((e) => e.startTime > t0)
          .pop().startTime;
        const paint = performance.getEntriesByName('envoy:timeline-paint').find((e) => e.startTime > ready).startTime;
        const tasks = window.__open.longTasks.filter((t) => t.start + t.duration > t0 && t.start < paint + 1000);
        const after = (name) =>
          performance
            .getEntriesByName(name)
            .filter((e) => e.startTime > t0)
            .pop()?.startTime - t0;
        return {
          toImportedMs: after('envoy:import-done'),
          toKeptMs: after('envoy:file-kept'),
          tasks: tasks.map((t) => [Math.round(t.start - t0), Math.round(t.duration)]),
          toReadyMs: ready - t0,
          toFirstPaintMs: paint - t0,
          longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
          longTasks: tasks.length,
          events: Number(
            /([\d,]+) events/.exec(document.querySelector('.open-report')?.textContent ?? '')?.[1]?.replace(/,/g, '') ??
              NaN,
          ),
        };
      }),
    );
    Object.assign(r, await memoryMB(page));
    r.search = await searchAfterOpen(page, process.env.BENCH_OPEN_QUERY ?? 'benue');
    log(
      `${rows}: search "${r.search.query}": first key ${r.search.firstMs?.toFixed(0) ?? 'n/a'} ms (the worker indexing the file first), then p50/p95 ${r.search.p50?.toFixed(0) ?? 'n/a'} / ${r.search.p95?.toFixed(0) ?? 'n/a'} ms; longest task while typing ${r.search.longestTaskMs.toFixed(0)} ms (${r.search.longTasks} over 50 ms)`,
    );
    log(
      `${rows}: ${r.events} events; first paint ${r.toFirstPaintMs.toFixed(0)} ms after the pick (imported ${r.toImportedMs?.toFixed(0)} ms, kept ${r.toKeptMs?.toFixed(0)} ms, shown ${r.toReadyMs.toFixed(0)} ms); longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} over 50 ms: ${r.tasks.map(([a, d]) => `${d} ms at ${a}`).join(', ')}); heap ${r.heapMB?.toFixed(0)} MB + ${r.arrayBuffersMB?.toFixed(0)} MB arrays`,
    );
  } catch (e) {
    r.failure = String(e.message ?? e);
    log(`${rows}: ${r.failure}`);
  } finally {
    await context.close();
  }
  return r;
}

export async function main() {
  if (!browserPath) {
    console.error('No Chromium found (set CHROME_PATH); nothing measured.');
    process.exitCode = 1;
    return [];
  }
  const work = mkdtempSync(join(tmpdir(), 'envoy-open-bench-'));
  const outDir = join(work, 'dist');
  const results = [];
  try {
    log('building the app…');
    await build({
      root: ROOT,
      base: '/envoy/',
      logLevel: 'warn',
      configFile: resolve(ROOT, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
    });
    const files = [];
    for (const n of SIZES) {
      const path = join(work, `acled-${n}.csv`);
      const bytes = await writeAcledCsv(path, n);
      log(`wrote acled-${n}.csv: ${(bytes / 1048576).toFixed(0)} MB`);
      files.push([path, n]);
    }
    const server = await serveStatic(outDir, '/envoy/');
    const browser = await chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS, headless: true });
    try {
      for (const [path, n] of files) results.push(await measure(browser, server.url, path, n));
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const num = (v, w) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(0) : 'n/a').padStart(w);
  console.log('\nOpening a file in the app (pick → first timeline paint)');
  console.log('rows        file MB  events    first paint ms  longest task ms  long tasks  heap MB  arrays MB');
  for (const r of results) {
    console.log(
      `${String(r.rows).padEnd(11)} ${num(r.fileMB, 7)}  ${num(r.events, 8)}  ${num(r.toFirstPaintMs, 14)}  ${num(r.longestTaskMs, 15)}  ${num(r.longTasks, 10)}  ${num(r.heapMB, 7)}  ${num(r.arrayBuffersMB, 9)}`,
    );
  }
  console.log('Targets (issue 11): first paint ≤ 2 s at 100k and ≤ 10 s at 1M rows; no main-thread task over 50 ms.');
  console.log("\nSearching the opened file (per key to the data worker's answer)");
  console.log('rows        query     first key ms  next p50 ms  next p95 ms  longest task ms  long tasks');
  for (const r of results) {
    const s = r.search ?? {};
    console.log(
      `${String(r.rows).padEnd(11)} ${String(s.query ?? '').padEnd(8)}  ${num(s.firstMs, 12)}  ${num(s.p50, 11)}  ${num(s.p95, 11)}  ${num(s.longestTaskMs, 15)}  ${num(s.longTasks, 10)}`,
    );
  }
  console.log('Targets (issue 15): each key after the first ≤ 50 ms (p95); no main-thread task over 50 ms.');
  for (const r of results) for (const e of r.errors.slice(0, 3)) console.log(`page error at ${r.rows}: ${e}`);
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench-results/open.json'),
    `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, results }, null, 2)}\n`,
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
