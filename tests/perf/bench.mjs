// `npm run bench`: builds the app, serves it, and measures the timeline in headless Chromium at 10k, 100k and
// 1M synthetic events (?synthetic=N): first paint, frame times while zooming and panning, filter-to-paint, JS heap;
// and (issue 15) search latency per keystroke for three queries, sort time per column, long tasks per phase, the
// timeline's own draw time, the data worker's heap; and navigation → first timeline paint of the bundled dataset.
// Prints a table with the issue's targets beside the numbers (never failing on them) and writes bench-results/bench.json.
// BENCH_SIZES=10000,100000 picks other sizes; BENCH_SKIP_BUILD=1 reuses dist/.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { formatTable, formatWork, TARGETS } from './benchReport.mjs';
import { mapBench } from './benchMap.mjs';
import {
  dragPan,
  filterToPaint,
  framesDuring,
  INIT_SCRIPT,
  listScroll,
  memoryMB,
  loadTimes,
  timelineCentre,
  wheelZoom,
} from './benchPage.mjs';
import { drawTimes, loadTasks, phase, searchLatency, sortTimes, workerHeapMB } from './benchWork.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
// The data worker's threshold, read from its source (plain Node cannot import TypeScript).
const WORKER_MIN = Number(
  /WORKER_MIN = ([\d_]+)/
    .exec(readFileSync(resolve(ROOT, 'src/data/worker/threshold.ts'), 'utf8'))[1]
    .replace(/_/g, ''),
);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
// Three queries of falling selectivity on the synthetic data: a common word, a theme word, an actor's surname.
const QUERIES = (process.env.BENCH_QUERIES ?? 'with,sanctions,zanoria').split(',');
// Same flags as the real-browser tests (tests/e2e/browser.ts).
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

const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** The bundled dataset, opened as a new user would: navigation → first timeline paint, a few times. */
async function measureBundled(browser, baseUrl, runs = 3) {
  const samples = [];
  for (let k = 0; k < runs; k++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(INIT_SCRIPT);
    try {
      await page.goto(baseUrl);
      const t = await loadTimes(page, 30_000);
      samples.push(t.navToPaintMs);
    } catch (e) {
      log(`bundled: ${e.message}`);
    } finally {
      await context.close();
    }
  }
  const ok = samples.filter((v) => v != null);
  log(`bundled dataset: navigation → first timeline paint ${ok.map((v) => v.toFixed(0)).join(', ')} ms`);
  return { samples, medianMs: ok.length ? ok.sort((a, b) => a - b)[Math.floor(ok.length / 2)] : null };
}

async function measure(browser, baseUrl, events) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(INIT_SCRIPT);
  const r = { events, errors };
  try {
    await page.goto(new URL(`?synthetic=${events}`, baseUrl).toString());
    Object.assign(r, await loadTimes(page, 120_000));
    log(
      `${events}: data ready after ${r.loadToReadyMs.toFixed(0)} ms, first paint ${r.firstPaintMs == null ? 'n/a' : `${r.firstPaintMs.toFixed(0)} ms`} later`,
    );
    await page.waitForTimeout(800);
    r.tasks = { load: await loadTasks(page) };
    const at = await timelineCentre(page);
    if (at) {
      const zoom = await phase(page, () => framesDuring(page, () => wheelZoom(page, at)));
      r.zoom = zoom.value;
      r.tasks.zoom = { longest: zoom.longest, over50: zoom.over50 };
      r.pan = await framesDuring(page, () => dragPan(page, at));
      log(
        `${events}: zoom p95 ${r.zoom.p95?.toFixed(1)} ms (${r.zoom.repaints} repaints, ${r.zoom.missed}/${r.zoom.frames} frames over 25 ms), pan p95 ${r.pan.p95?.toFixed(1)} ms (${r.pan.repaints} repaints, ${r.pan.missed}/${r.pan.frames} over 25 ms)`,
      );
      r.draw = await drawTimes(page);
      log(
        `${events}: draw p50/p95 ${r.draw.p50?.toFixed(1)} / ${r.draw.p95?.toFixed(1)} ms over ${r.draw.paints} paints; slowest ${r.draw.slowest.map((v) => v.toFixed(1)).join(', ')} ms`,
      );
      const filter = await phase(page, () => filterToPaint(page));
      r.filter = filter.value;
      r.tasks.filter = { longest: filter.longest, over50: filter.over50 };
      log(
        `${events}: filter→paint ${r.filter.samples.map((s) => s.toFixed(0)).join(', ') || 'n/a'} ms (${r.filter.method}${r.filter.label ? ` "${r.filter.label}"` : ''})`,
      );
      r.search = [];
      const tasks = { longest: 0, over50: 0 };
      for (const q of QUERIES) {
        // Below the data worker's threshold (src/data/worker/threshold.ts) the page searches itself and sends no
        // answer mark: time those keys to the first paint after them.
        const s = await phase(page, () => searchLatency(page, q, { answerMarks: events >= WORKER_MIN }));
        r.search.push({ ...s.value, longest: s.longest, over50: s.over50 });
        tasks.longest = Math.max(tasks.longest, s.longest);
        tasks.over50 += s.over50;
        log(
          `${events}: search "${q}": first key ${s.value.first?.toFixed(0)} ms, then p50/p95 ${s.value.p50?.toFixed(0)} / ${s.value.p95?.toFixed(0)} ms; longest task ${s.longest.toFixed(0)} ms, ${s.over50} over 50 ms`,
        );
      }
      r.tasks.search = tasks;
    } else log(`${events}: no timeline canvas on the page; paint numbers are n/a`);
    r.listScroll = await listScroll(page).catch((e) => (log(`list view: ${e.message}`), null));
    if (r.listScroll)
      log(
        `${events}: list view opened in ${r.listScroll.openMs} ms; scroll p95 ${r.listScroll.p95?.toFixed(1)} ms with ${r.listScroll.domRows} rows in the DOM`,
      );
    const sort = await phase(page, () => sortTimes(page).catch((e) => (log(`sort: ${e.message}`), null)));
    r.sort = sort.value;
    r.tasks.sort = { longest: sort.longest, over50: sort.over50 };
    if (r.sort)
      log(
        `${events}: sort ${Object.entries(r.sort)
          .map(([k, v]) => `${k} ${v == null ? 'n/a' : v.toFixed(0)}`)
          .join(', ')} ms; longest task ${sort.longest.toFixed(0)} ms`,
      );
    r.map = await mapBench(page).catch((e) => (log(`map: ${e.message}`), null));
    if (r.map)
      log(
        `${events}: map first draw ${r.map.firstDrawMs.toFixed(0)} ms after the click; zoom p95 ${r.map.zoom.p95?.toFixed(1)} ms (${r.map.zoom.repaints} draws), pan p95 ${r.map.pan.p95?.toFixed(1)} ms (${r.map.pan.repaints} draws); canvas draw p95 ${r.map.drawP95?.toFixed(1)} ms, ${r.map.drawn} places`,
      );
    Object.assign(r, await memoryMB(page));
    r.workerMB = await workerHeapMB(browser);
    log(
      `${events}: page heap ${r.heapMB?.toFixed(1)} + arrays ${r.arrayBuffersMB?.toFixed(1)} MB, data worker ${r.workerMB == null ? 'n/a' : r.workerMB.toFixed(1)} MB`,
    );
  } catch (e) {
    r.failure = String(e.message ?? e);
    log(`${events}: ${r.failure}`);
  } finally {
    await context.close();
  }
  return r;
}

async function main() {
  if (!browserPath) {
    console.error('No Chromium found (set CHROME_PATH, or apt-get install chromium); nothing measured.');
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
  const outDir = skipBuild ? resolve(ROOT, 'dist') : mkdtempSync(join(tmpdir(), 'envoy-bench-'));
  if (!skipBuild) {
    log('building the app…');
    await build({
      root: ROOT,
      logLevel: 'warn',
      configFile: resolve(ROOT, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
    });
  }
  const server = await serveStatic(outDir, '/envoy/');
  const browser = await chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS, headless: true });
  const results = [];
  let bundled = null;
  try {
    if (process.env.BENCH_SKIP_BUNDLED !== '1') bundled = await measureBundled(browser, server.url);
    for (const n of SIZES) results.push(await measure(browser, server.url, n));
  } finally {
    await browser.close();
    await server.close();
    if (!skipBuild) rmSync(outDir, { recursive: true, force: true });
  }
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    } catch {
      return null;
    }
  })();
  const report = {
    date: new Date().toISOString(),
    commit,
    chromium: browser.version(),
    cpus: cpus().length,
    note: 'Times in ms, heap in MB. Frame times are requestAnimationFrame intervals in headless Chromium with software rendering (about 16.7 ms at best).',
    targets: TARGETS,
    bundled,
    results,
    durationS: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\nEnvoy benchmark (${commit ?? 'uncommitted'}, Chromium ${report.chromium}, ${report.cpus} cores, ${report.durationS} s)\n`,
  );
  console.log(formatTable(results));
  console.log(
    '\nTargets (issue 4, 5): first paint ≤ 500 ms at 100k; p95 frame ≤ 16.7 ms at 10k, ≤ 33 ms at 100k, ≤ 50 ms at 1M; filter→paint ≤ 100 ms at 100k.',
  );
  console.log(`\n${formatWork(results, bundled)}`);
  console.log('Targets (issue 16, the map): first draw ≤ 300 ms and p95 frame ≤ 33 ms at 1M.');
  console.log('Wrote bench-results/bench.json');
  for (const r of results) for (const e of r.errors.slice(0, 3)) console.log(`page error at ${r.events}: ${e}`);
}

await main();
// Opening a 100k and a 1M-row CSV in the app (pick → first paint): minutes, not part of the default run.
if (process.env.BENCH_OPEN === '1') await (await import('./openBench.mjs')).main();
// BENCH_IMPORT=1 adds the import benchmark (npm run bench:import): 100k and 1M ACLED-shaped rows, a few minutes more.
if (process.env.BENCH_IMPORT === '1') await (await import('./importBench.mjs')).main();
