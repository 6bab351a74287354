// In-page measurements for the benchmark: frame intervals from a requestAnimationFrame loop, input times,
// and the timeline's paint marks (performance.mark('envoy:timeline-paint') after each canvas redraw).
import { median, percentile } from './benchReport.mjs';

/** Installed before the app loads: a rAF loop that records frame intervals while recording is on, and input times. */
export const INIT_SCRIPT = `
  window.__bench = { frames: [], recording: false, last: 0, lastInput: null };
  const loop = (t) => {
    const b = window.__bench;
    if (b.recording && b.last) b.frames.push(t - b.last);
    b.last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  // The app keeps one paint mark at a time (it clears the last), so every mark is recorded here as it is made;
  // long tasks (over 50 ms) likewise, for the per-phase counts.
  Object.assign(window.__bench, { paints: [], answers: [], longtasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'envoy:timeline-paint') window.__bench.paints.push(e.startTime);
      else if (e.name === 'envoy:search-answer') window.__bench.answers.push({ at: e.startTime, needle: e.detail });
    }
  }).observe({ type: 'mark', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  for (const type of ['click', 'input']) document.addEventListener(type, (e) => { window.__bench.lastInput = e.timeStamp; }, true);
`;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
export const paints = (page) => page.evaluate(() => window.__bench.paints.slice());

/** Waits for the dataset, then the first timeline paint; times in ms (null when the timeline never paints). */
export async function loadTimes(page, timeoutMs) {
  await page.waitForFunction(() => performance.getEntriesByName('envoy:data-ready').length > 0, null, {
    timeout: timeoutMs,
  });
  const ready = await page.evaluate(() => performance.getEntriesByName('envoy:data-ready')[0].startTime);
  const painted = await page
    .waitForFunction(() => window.__bench.paints.length > 0, null, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  const first = painted ? (await paints(page))[0] : null;
  return { loadToReadyMs: ready, firstPaintMs: first == null ? null : first - ready, navToPaintMs: first };
}

/**
 * Memory after a garbage collection, in MB: the JS heap, and the backing stores of typed arrays and external
 * strings, which V8 keeps outside the heap (the dataset's columns live there).
 */
export async function memoryMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const mb = (b) => (typeof b === 'number' ? b / 1024 / 1024 : null);
  return { heapMB: mb(usage.usedSize), arrayBuffersMB: mb(usage.backingStorageSize) };
}

/** Runs a gesture while recording frame intervals; returns p50/p95 of the intervals and how many repaints it caused. */
export async function framesDuring(page, gesture) {
  const before = (await paints(page)).length;
  await page.evaluate(() => Object.assign(window.__bench, { frames: [], recording: true, last: 0 }));
  await gesture();
  await sleep(100);
  const frames = await page.evaluate(() => {
    window.__bench.recording = false;
    return window.__bench.frames;
  });
  const after = (await paints(page)).length;
  // Frames over 25 ms missed at least one 60 Hz vsync.
  const missed = frames.filter((f) => f > 25).length;
  return {
    p50: percentile(frames, 50),
    p95: percentile(frames, 95),
    max: Math.max(...frames),
    frames: frames.length,
    missed,
    repaints: after - before,
  };
}

/** Centre of the timeline's canvas, or null when there is no timeline canvas on the page. */
export async function timelineCentre(page) {
  const canvas = page.locator('canvas[data-paints]').first();
  if (!(await canvas.count())) return null;
  const box = await canvas.boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) } : null;
}

export async function wheelZoom(page, at, steps = 20) {
  await page.mouse.move(at.x, at.y);
  for (const dir of [-1, 1]) {
    for (let k = 0; k < steps; k++) {
      await page.mouse.wheel(0, dir * 160);
      await sleep(35);
    }
  }
}

export async function dragPan(page, at, steps = 40) {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let k = 1; k <= steps; k++) {
    await page.mouse.move(at.x - k * 12, at.y);
    await sleep(16);
  }
  for (let k = steps - 1; k >= 0; k--) {
    await page.mouse.move(at.x - k * 12, at.y);
    await sleep(16);
  }
  await page.mouse.up();
}

/**
 * Time from a filter change made through the real UI to the timeline's next paint, over a few changes.
 * Prefers an actor checkbox in the Filters region; falls back to the search box. Measured in the page:
 * from the input event's timestamp to the first paint mark after it.
 */
export async function filterToPaint(page, changes = 4) {
  const filters = page.getByRole('region', { name: 'Filters' });
  const actors = filters.getByRole('region', { name: /^Actors/ }).getByRole('checkbox');
  const anyBox = filters.getByRole('checkbox');
  const search = filters
    .getByRole('searchbox')
    .or(filters.getByRole('textbox', { name: /search/i }))
    .first();
  let method = null;
  let first = null;
  if (await actors.count()) [method, first] = ['actor checkbox', actors.first()];
  else if (await anyBox.count()) [method, first] = ['checkbox', anyBox.first()];
  else if (await search.count()) [method, first] = ['search box', search];
  if (!method) return { method: 'no filter control found', medianMs: null, samples: [] };
  const label = await first.evaluate((el) => {
    const id = el.getAttribute('aria-labelledby');
    return (
      (id && document.getElementById(id)?.textContent) ||
      el.closest('label')?.textContent ||
      el.getAttribute('aria-label') ||
      ''
    ).trim();
  });
  // Found again by name each time: a ticked actor may move in the list.
  const named = filters.getByRole('checkbox', { name: label, exact: true });
  const box = method === 'search box' ? null : (await named.count()) ? named.first() : first;
  const samples = [];
  for (let k = 0; k < changes; k++) {
    const before = (await paints(page)).length;
    if (box) await box.click();
    else await search.fill(k % 2 === 0 ? 'talks' : '');
    const ok = await page
      .waitForFunction((n) => window.__bench.paints.length > n, before, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (ok) {
      const ms = await page.evaluate(() => {
        const t0 = window.__bench.lastInput;
        const next = window.__bench.paints.find((t) => t >= t0);
        return next != null ? next - t0 : null;
      });
      if (ms != null) samples.push(ms);
    }
    await sleep(400);
  }
  return { method, label, medianMs: median(samples), samples };
}

/** Switches to the list view (if the toolbar offers it) and scrolls it with the wheel, recording frame intervals. */
export async function listScroll(page) {
  const toggle = page.getByRole('button', { name: 'List', exact: true });
  if (!(await toggle.count())) return null;
  const grid = page.getByRole('grid', { name: 'Events' });
  const t0 = Date.now();
  await toggle.click();
  const shown = await grid
    .getByRole('row')
    .nth(1)
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) return null;
  // Measured from Node, so it includes a round trip to the browser (a few ms).
  const openMs = Date.now() - t0;
  // Let the work that follows opening (other panels, garbage collection) finish, so the scroll is measured alone.
  await sleep(1000);
  const box = await grid.boundingBox();
  if (!box) return null;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const r = await framesDuring(page, async () => {
    for (let k = 0; k < 30; k++) {
      await page.mouse.wheel(0, 400);
      await sleep(30);
    }
  });
  const rows = await grid.getByRole('row').count();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  return { ...r, openMs, domRows: rows };
}
