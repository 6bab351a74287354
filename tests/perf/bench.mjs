// `npm run bench`: builds the app, serves it, and measures the timeline in headless Chromium at 10k, 100k and
// 1M synthetic events (?synthetic=N): first paint, frame times while zooming and panning, filter-to-paint, JS heap.
// Prints a table with the issue's targets beside the numbers (never failing on them) and writes bench-results/bench.json.
// BENCH_SIZES=10000,100000 picks other sizes; BENCH_SKIP_BUILD=1 reuses dist/.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { formatTable, TARGETS } from './benchReport.mjs';
import { mapBench } from './benchMap.mjs';
import { dragPan, filterToPaint, framesDuring, INIT_SCRIPT, listScroll, memoryMB, loadTimes, timelineCentre, wheelZoom } from './benchPage.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
// Same flags as the real-browser tests (tests/e2e/browser.ts).
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browserPath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

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
    log(`${events}: data ready after ${r.loadToReadyMs.toFixed(0)} ms, first paint ${r.firstPaintMs == null ? 'n/a' : `${r.firstPaintMs.toFixed(0)} ms`} later`);
    await page.waitForTimeout(800);
    Object.assign(r, await memoryMB(page));
    const at = await timelineCentre(page);
    if (at) {
      r.zoom = await framesDuring(page, () => wheelZoom(page, at));
      r.pan = await framesDuring(page, () => dragPan(page, at));
      log(`${events}: zoom p95 ${r.zoom.p95?.toFixed(1)} ms (${r.zoom.repaints} repaints, ${r.zoom.missed}/${r.zoom.frames} frames over 25 ms), pan p95 ${r.pan.p95?.toFixed(1)} ms (${r.pan.repaints} repaints, ${r.pan.missed}/${r.pan.frames} over 25 ms)`);
      r.filter = await filterToPaint(page);
      log(`${events}: filter→paint ${r.filter.samples.map((s) => s.toFixed(0)).join(', ') || 'n/a'} ms (${r.filter.method}${r.filter.label ? ` "${r.filter.label}"` : ''})`);
    } else log(`${events}: no timeline canvas on the page; paint numbers are n/a`);
    r.listScroll = await listScroll(page).catch((e) => (log(`list view: ${e.message}`), null));
    if (r.listScroll) log(`${events}: list view opened in ${r.listScroll.openMs} ms; scroll p95 ${r.listScroll.p95?.toFixed(1)} ms with ${r.listScroll.domRows} rows in the DOM`);
    r.map = await mapBench(page).catch((e) => (log(`map: ${e.message}`), null));
    if (r.map) log(`${events}: map first draw ${r.map.firstDrawMs.toFixed(0)} ms after the click; zoom p95 ${r.map.zoom.p95?.toFixed(1)} ms (${r.map.zoom.repaints} draws), pan p95 ${r.map.pan.p95?.toFixed(1)} ms (${r.map.pan.repaints} draws); canvas draw p95 ${r.map.drawP95?.toFixed(1)} ms, ${r.map.drawn} places`);
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
    await build({ root: ROOT, logLevel: 'warn', configFile: resolve(ROOT, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  }
  const server = await serveStatic(outDir, '/envoy/');
  const browser = await chromium.launch({ executablePath: browserPath, args: BROWSER_ARGS, headless: true });
  const results = [];
  try {
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
    results,
    durationS: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nEnvoy benchmark (${commit ?? 'uncommitted'}, Chromium ${report.chromium}, ${report.cpus} cores, ${report.durationS} s)\n`);
  console.log(formatTable(results));
  console.log('\nTargets (issue 4, 5): first paint ≤ 500 ms at 100k; p95 frame ≤ 16.7 ms at 10k, ≤ 33 ms at 100k, ≤ 50 ms at 1M; filter→paint ≤ 100 ms at 100k.');
  console.log('Targets (issue 16, the map): first draw ≤ 300 ms and p95 frame ≤ 33 ms at 1M.');
  console.log('Wrote bench-results/bench.json');
  for (const r of results) for (const e of r.errors.slice(0, 3)) console.log(`page error at ${r.events}: ${e}`);
}

await main();
// Opening a 100k and a 1M-row CSV in the app (pick → first paint): minutes, not part of the default run.
if (process.env.BENCH_OPEN === '1') await (await import('./openBench.mjs')).main();
// BENCH_IMPORT=1 adds the import benchmark (npm run bench:import): 100k and 1M ACLED-shaped rows, a few minutes more.
if (process.env.BENCH_IMPORT === '1') await (await import('./importBench.mjs')).main();
