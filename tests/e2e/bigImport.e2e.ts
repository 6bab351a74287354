import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';
// @ts-expect-error plain .mjs benchmark helpers, no types
import { writeAcledCsv } from '../perf/acledCsv.mjs';

// A file big enough for the data worker (WORKER_MIN rows and more), opened as a user does: its search, sort and
// counts run in the worker, over the columns the import handed it. Long tasks go to the log, never into assertions.
const ROWS = 60_000;
const LONG_TASKS = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const summary = (page: Page) =>
  filters(page)
    .getByRole('paragraph')
    .filter({ hasText: /^Showing / });
const shown = async (page: Page) =>
  Number(/Showing ([\d,]+) of/.exec((await summary(page).textContent()) ?? '')![1]!.replace(/,/g, ''));

let work: string;
let file: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'envoy-big-import-'));
  file = join(work, `acled-${ROWS}.csv`);
  await writeAcledCsv(file, ROWS);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

e2eDescribe('a large imported file in a real browser', (t) => {
  test('searching, sorting and the places list work through the data worker', { timeout: 240_000 }, async () => {
    await t.context.addInitScript(LONG_TASKS);
    const page = await t.open();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    await page.getByRole('button', { name: /^Open dataset/ }).click();
    await page.getByRole('dialog', { name: 'Open dataset' }).getByLabel('Choose a file').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: `Opened acled-${ROWS}.csv` })
      .waitFor({ timeout: 120_000 });
    await expect.poll(() => shown(page), { timeout: 30_000 }).toBe(ROWS);

    const from = await page.evaluate(() => performance.now());
    const box = page.getByRole('searchbox', { name: 'Search events' });
    await box.pressSequentially('benue', { delay: 100 });
    // The worker answers once it has indexed the rows: fewer events, every one of them in Benue.
    await expect.poll(() => shown(page), { timeout: 120_000 }).toBeLessThan(ROWS);
    const found = await shown(page);
    expect(found).toBeGreaterThan(0);
    // The answer came from the data worker (it marks each answer it hands the page), not from a scan on the page.
    expect(
      await page.evaluate(() =>
        performance.getEntriesByName('envoy:search-answer').some((e) => (e as PerformanceMark).detail === 'benue'),
      ),
    ).toBe(true);
    const tasks = await page.evaluate(
      (t0) =>
        (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks.filter(
          (x) => x.start >= t0,
        ),
      from,
    );
    console.log(
      `[bigImport] ${found} of ${ROWS} imported rows match "benue"; long tasks over 50 ms while typing and waiting: ${tasks.length}${tasks.length ? ` (longest ${Math.max(...tasks.map((x) => x.ms)).toFixed(0)} ms)` : ''}`,
    );

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.getByRole('row').nth(1).waitFor();
    await grid
      .getByRole('columnheader', { name: /^Title/ })
      .getByRole('button')
      .first()
      .click();
    await expect
      .poll(() => page.locator('.event-table__status').textContent(), { timeout: 60_000 })
      .toMatch(/sorted by title/i);
    const titles = (await grid.getByRole('row').allTextContents()).slice(1, 8);
    expect(titles.length).toBeGreaterThan(1);
    for (const row of titles) expect(row.toLowerCase()).toContain('benue');
    await t.shot('big-import-sorted');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();

    // Thousands of places: a scroll box that keeps only the rows in view; ticking one filters as ever.
    const places = page.getByRole('region', { name: /^Places/ });
    await places.getByText(/places listed\. Arrow keys move through the whole list\./).waitFor();
    const rendered = await places.getByRole('checkbox').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(200);
    await box.fill('');
    await expect.poll(() => shown(page), { timeout: 60_000 }).toBe(ROWS);
    await places.getByRole('checkbox').first().check();
    await expect.poll(() => shown(page), { timeout: 60_000 }).toBeLessThan(ROWS);
    await t.shot('big-import-place');
    expect(t.errors).toEqual([]);
  });
});
