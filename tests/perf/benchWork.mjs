// In-page measurements for the heavy work (issue 15): search latency per keystroke, sort time per column, long
// tasks per phase, the timeline's own draw times, and the data worker's memory. Recorded by INIT_SCRIPT's observers.
import { percentile } from './benchReport.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const now = (page) => page.evaluate(() => performance.now());

/** Runs a phase and returns what it did to the main thread: the longest task and how many were over 50 ms. */
export async function phase(page, run) {
  const t0 = await now(page);
  const value = await run();
  await sleep(200);
  const t1 = await now(page);
  const tasks = await page.evaluate(
    ([a, b]) => window.__bench.longtasks.filter((t) => t.start >= a && t.start < b).map((t) => t.ms),
    [t0, t1],
  );
  return { value, longest: tasks.length ? Math.max(...tasks) : 0, over50: tasks.length };
}

/** Long tasks from navigation up to now (the load phase). */
export async function loadTasks(page) {
  const tasks = await page.evaluate(() => window.__bench.longtasks.map((t) => t.ms));
  return { longest: tasks.length ? Math.max(...tasks) : 0, over50: tasks.length };
}

const needleOf = (typed) => typed.trim().toLowerCase();

/**
 * Types a query one key at a time into "Search events" and times each keystroke: from the input event to the first
 * timeline paint after that keystroke's answer arrived (the answer mark carries its needle). Returns ms per key;
 * the first keystroke apart. The box is cleared before and after.
 */
export async function searchLatency(page, query, { answerMarks = true } = {}) {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('');
  await sleep(400);
  await box.focus();
  const samples = [];
  for (let k = 1; k <= query.length; k++) {
    const needle = needleOf(query.slice(0, k));
    await page.evaluate(() => (window.__bench.lastInput = null));
    await page.keyboard.press(query[k - 1] === ' ' ? 'Space' : query[k - 1]);
    const ms = await page
      .waitForFunction(
        ([n, marks]) => {
          const b = window.__bench;
          if (b.lastInput == null) return null;
          // A build without answer marks (one that searches on the page, before issue 15): the first paint after the key.
          const answer = marks ? b.answers.find((a) => a.at >= b.lastInput && a.needle === n) : { at: b.lastInput };
          const from = answer ? answer.at : null;
          if (from == null) return null;
          const paint = b.paints.find((t) => t >= from);
          return paint == null ? null : paint - b.lastInput;
        },
        [needle, answerMarks],
        { timeout: 30_000, polling: 'raf' },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    samples.push(ms);
  }
  await box.fill('');
  await sleep(600);
  const rest = samples.slice(1).filter((v) => v != null);
  return { query, first: samples[0], p50: percentile(rest, 50), p95: percentile(rest, 95), samples };
}

/** In the list view, sorts by each column (header click) and times click → "sorted by …" in the status line. */
export async function sortTimes(page) {
  const toggle = page.getByRole('button', { name: 'List', exact: true });
  if (!(await toggle.count())) return null;
  await toggle.click();
  const grid = page.getByRole('grid', { name: 'Events' });
  await grid.getByRole('row').nth(1).waitFor({ timeout: 10_000 });
  await sleep(500);
  const out = {};
  for (const label of ['Title', 'Actors', 'Themes', 'Sources', 'Date', 'Title']) {
    await grid
      .getByRole('columnheader', { name: new RegExp(`^${label}`) })
      .getByRole('button')
      .first()
      .click();
    const ms = await page
      .waitForFunction(
        (l) => {
          const s = document.querySelector('.event-table__status')?.textContent ?? '';
          return new RegExp(`sorted by ${l.toLowerCase()} \\(`).test(s) && !s.includes('sorting')
            ? performance.now() - window.__bench.lastInput
            : null;
        },
        label,
        { timeout: 60_000, polling: 'raf' },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    // The first title sort builds the collation keys; the second one is the sort alone.
    out[label in out ? `${label} (again)` : label] = ms;
    await sleep(300);
  }
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  return out;
}

/** The timeline engine's own draw time per paint (its ring of the last 256), p50/p95. */
export async function drawTimes(page) {
  const times = await page.evaluate(() => window.__envoyTimeline?.drawTimes() ?? []);
  const slowest = [...times].sort((a, b) => b - a).slice(0, 5);
  return { p50: percentile(times, 50), p95: percentile(times, 95), paints: times.length, slowest };
}

/** Heap of each dedicated worker (the data worker), in MB, through the browser's DevTools protocol. */
export async function workerHeapMB(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'worker');
    let total = 0;
    for (const w of workers) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: w.targetId, flatten: false });
      const reply = new Promise((ok) => {
        const on = (e) => {
          if (e.sessionId !== sessionId) return;
          const m = JSON.parse(e.message);
          if (m.id === 2) {
            cdp.off('Target.receivedMessageFromTarget', on);
            ok(m.result);
          }
        };
        cdp.on('Target.receivedMessageFromTarget', on);
      });
      // After a garbage collection, as for the page: what the worker keeps, not what it has dropped.
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }),
      });
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }),
      });
      const r = await Promise.race([reply, sleep(5000).then(() => null)]);
      if (r) total += (r.usedSize + (r.backingStorageSize ?? 0)) / 1024 / 1024;
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
    return workers.length ? total : null;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
