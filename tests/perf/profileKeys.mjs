// A CPU profile of the page's main thread at 1M synthetic events, for finding what a keystroke (or the load) costs:
// `node tests/perf/profileKeys.mjs` types Q (default "with") into "Search events", one key at a time, and prints the
// long tasks and the functions with the most self time; MODE=load profiles the load instead; SKIP=1 reuses the build
// in /tmp/envoy-profile; MODE=zoom profiles the benchmark's wheel zoom; PROFILE_CALLERS=1 adds the stacks of the pyramid's functions. Not part of `npm run bench`.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { INIT_SCRIPT, timelineCentre, wheelZoom } from './benchPage.mjs';
const ROOT = resolve(import.meta.dirname, '../..');
const outDir = join(tmpdir(), 'envoy-profile');
if (!process.env.SKIP)
  await build({
    root: ROOT,
    logLevel: 'warn',
    configFile: ROOT + '/vite.config.ts',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { output: { minify: { mangle: false, compress: true, codegen: { removeWhitespace: true } } } },
    },
  });
const server = await serveStatic(outDir, '/envoy/');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
  headless: true,
});
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await page.addInitScript(INIT_SCRIPT);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const mode = process.env.MODE ?? 'search';
if (mode === 'load') await cdp.send('Profiler.start');
await page.goto(server.url + '?synthetic=1000000');
await page.waitForFunction(() => window.__bench.paints.length > 0, null, { timeout: 120000 });
await page.waitForTimeout(1500);
let prof;
if (mode === 'load') prof = (await cdp.send('Profiler.stop')).profile;
if (mode === 'zoom') {
  const at = await timelineCentre(page);
  await cdp.send('Profiler.start');
  await wheelZoom(page, at);
  prof = (await cdp.send('Profiler.stop')).profile;
}
const q = process.env.Q ?? 'with';
if (mode === 'search') {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.focus();
  await box.press(q[0]);
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.start');
  for (const ch of q.slice(1)) {
    await page.keyboard.press(ch);
    await page.waitForTimeout(700);
  }
  prof = (await cdp.send('Profiler.stop')).profile;
}
const lt = await page.evaluate(() => window.__bench.longtasks);
console.log('longtasks', JSON.stringify(lt.map((t) => [Math.round(t.start), Math.round(t.ms)])));
console.log(
  'timeline paints at',
  JSON.stringify((await page.evaluate(() => window.__bench.paints)).slice(0, 4).map(Math.round)),
  'draw ms',
  JSON.stringify((await page.evaluate(() => window.__envoyTimeline?.drawTimes() ?? [])).slice(0, 6).map(Math.round)),
);
// self time per function
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let k = 0; k < prof.samples.length; k++) {
  const n = byId.get(prof.samples[k]);
  const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
// Callers of the heaviest functions (PROFILE_CALLERS=1): their stacks, three frames up.
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n);
const name = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
if (process.env.PROFILE_CALLERS) {
  const stacks = new Map();
  for (let k = 0; k < prof.samples.length; k++) {
    let n = byId.get(prof.samples[k]);
    const own = n.callFrame.functionName || '(anon)';
    if (
      !(process.env.FN
        ? own === process.env.FN && n.callFrame.url.includes(process.env.FILE ?? '')
        : ['level', 'DensityPyramid', 'oneLaneDensityBase'].includes(own))
    )
      continue;
    const chain = [];
    for (let d = 0; d < 6 && n; d++, n = parent.get(n.id)) chain.push(name(n));
    const key = chain.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
  }
  for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(v.toFixed(1).padStart(8), k);
}
// TASKS=1: what each long task spent its time in (sample times matched to the page's clock at the first paint).
if (process.env.TASKS) {
  const paint0 = (await page.evaluate(() => window.__bench.paints))[0];
  const draw0 = (await page.evaluate(() => window.__envoyTimeline?.drawTimes() ?? []))[0] ?? 0;
  let t = prof.startTime;
  const times = prof.timeDeltas.map((d) => (t += d));
  const k0 = prof.samples.findIndex((id) => {
    for (let n = byId.get(id); n; n = parent.get(n.id)) if (n.callFrame.functionName === 'paintCanvas') return true;
    return false;
  });
  const shift = paint0 - draw0 - times[k0] / 1000;
  for (const task of lt) {
    const inTask = new Map();
    for (let k = 0; k < prof.samples.length; k++) {
      const at = times[k] / 1000 + shift;
      if (at < task.start || at > task.start + task.ms) continue;
      // The frame two below the root names the task's entry (a message handler, a rAF callback, React's scheduler).
      const chain = [];
      for (let n = byId.get(prof.samples[k]); n; n = parent.get(n.id))
        chain.unshift(n.callFrame.functionName || '(anon)');
      const key = `${chain.slice(1, 4).join(' > ')} … ${chain.at(-1)}`;
      inTask.set(key, (inTask.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
    }
    console.log(`task at ${Math.round(task.start)} (${Math.round(task.ms)} ms):`);
    for (const [k, v] of [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log('   ', v.toFixed(1).padStart(6), k);
  }
}
await browser.close();
await server.close();
