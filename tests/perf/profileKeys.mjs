import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tools/staticServer.mjs';
import { INIT_SCRIPT } from './benchPage.mjs';
const ROOT = '/work/wt-tlwork';
const outDir = '/tmp/tlwork/dist';
if (!process.env.SKIP) await build({ root: ROOT, logLevel: 'warn', configFile: ROOT + '/vite.config.ts', build: { outDir, emptyOutDir: true, rolldownOptions: { output: { minify: { mangle: false, compress: true, codegen: { removeWhitespace: true } } } } } });
const server = await serveStatic(outDir, '/envoy/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
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
const q = process.env.Q ?? 'with';
if (mode === 'search') {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.focus();
  await box.press(q[0]); await page.waitForTimeout(1500);
  await cdp.send('Profiler.start');
  for (const ch of q.slice(1)) { await page.keyboard.press(ch); await page.waitForTimeout(700); }
  prof = (await cdp.send('Profiler.stop')).profile;
}
const lt = await page.evaluate(() => window.__bench.longtasks);
console.log('longtasks', JSON.stringify(lt.map((t) => Math.round(t.ms))));
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
    const own = n.callFrame.functionName;
    if (!['jsxProd', 'loop', 'level', 'DensityPyramid'].includes(own)) continue;
    const chain = [];
    for (let d = 0; d < 6 && n; d++, n = parent.get(n.id)) chain.push(name(n));
    const key = chain.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
  }
  for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(v.toFixed(1).padStart(8), k);
}
await browser.close(); await server.close();
