// `node tests/perf/exportCsv.mjs [dist] [count]`: times the Export dialog's CSV of every generated event
// (1,000,000 by default) in headless Chromium, and the longest main-thread task while it runs (the page must
// never freeze: the rows are written in a worker). Build first: `npx vite build --outDir /tmp/envoy-dist`.
import { statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { BROWSER_ARGS, findBrowser } from '../e2e/browser.ts';

const dist = process.argv[2] ?? 'dist';
const count = Number(process.argv[3] ?? 1_000_000);
const server = await serveStatic(dist, '/envoy/');
const browser = await chromium.launch({
  executablePath: findBrowser() ?? '/usr/bin/chromium',
  args: BROWSER_ARGS,
  headless: true,
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(`${server.url}?synthetic=${count}`);
  await page.getByRole('region', { name: 'Timeline' }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => (window.__envoyTimeline?.drawTimes().length ?? 0) > 0, null, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('radio', { name: /^All dates/ }).check();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration))),
    ).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const path = await dl.path();
  const s = (Date.now() - t0) / 1000;
  const longest = await page.evaluate(() => window.__longest);
  console.log(
    `CSV of ${count.toLocaleString('en-GB')} events: ${s.toFixed(1)} s to the download, ${(statSync(path).size / 1e6).toFixed(0)} MB, longest main-thread task ${longest.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
