import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSER_ARGS, findBrowser } from './browser';
import { serveStatic } from '../tools/staticServer.mjs';
// @ts-expect-error plain .mjs benchmark helpers, no types
import { buildImportPage } from '../perf/importBench.mjs';
// @ts-expect-error plain .mjs benchmark helpers, no types
import { writeAcledCsv } from '../perf/acledCsv.mjs';

// The import worker in a real browser, through importDataset on a small page (tests/perf/importPage): the
// worker Envoy creates runs in a production build, imports what it is given and stops when cancelled.
const browserPath = findBrowser();

(browserPath ? describe : describe.skip)('the import worker in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let work: string;
  let server: { url: string; close(): Promise<void> };
  const run = (url: string, cancelAfterMs?: number) =>
    page.evaluate(
      ([u, c]) =>
        (window as unknown as { __envoyImport(u: string, c?: number): Promise<Record<string, unknown>> }).__envoyImport(
          u as string,
          c as number | undefined,
        ),
      [url, cancelAfterMs] as const,
    );

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'envoy-import-e2e-'));
    const dist = join(work, 'dist');
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await buildImportPage(dist);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    mkdirSync(join(dist, 'fixtures'));
    await writeAcledCsv(join(dist, 'fixtures', 'acled-3000.csv'), 3000);
    await writeAcledCsv(join(dist, 'fixtures', 'acled-200000.csv'), 200_000);
    writeFileSync(join(dist, 'fixtures', 'broken.json'), '{"id": "x", "events": [');
    server = await serveStatic(dist, '/envoy/');
    browser = await chromium.launch({ executablePath: browserPath!, args: BROWSER_ARGS, headless: true });
    page = await browser.newPage();
    await page.goto(new URL('tests/perf/importPage/index.html', server.url).toString());
    await page.waitForFunction(() => '__envoyImport' in window);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('an ACLED export opens as an ACLED export, every row an event, titles composed from its columns', async () => {
    const r = await run('../../../fixtures/acled-3000.csv');
    expect(r).toMatchObject({ kind: 'ok', format: 'acled-csv', count: 3000, rows: 3000, skipped: 0 });
    expect(r.firstTitle).toMatch(/^[A-Z][\w/ ]+: .+ in .+/);
    expect(r.progressEvents).toBeGreaterThan(0);
  });

  test('the bundled Envoy dataset opens from its URL, relative to the page', async () => {
    const r = await run('../../../data/afghan-peace-2018-2021/dataset.json');
    expect(r).toMatchObject({ kind: 'ok', format: 'envoy-json', count: 64 });
  });

  test('a broken file gets its problem in words', async () => {
    const r = await run('../../../fixtures/broken.json');
    expect(r.kind).toBe('error');
    expect(r.message).toMatch(/broken\.json.*(ends too early|not valid JSON)/);
  });

  test('Cancel stops a large import: the outcome is "cancelled", and the page can import again at once', async () => {
    const r = await run('../../../fixtures/acled-200000.csv', 150);
    expect(r.kind).toBe('cancelled');
    const again = await run('../../../fixtures/acled-3000.csv');
    expect(again).toMatchObject({ kind: 'ok', count: 3000 });
  });
});
