import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { BROWSER_ARGS } from './browser';

export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface E2E {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far in this test. */
  errors: string[];
  /** Opens a path relative to the served app (e.g. "?event=x"). */
  open(path?: string, opts?: { width?: number; height?: number }): Promise<Page>;
  /** Saves a screenshot to test-results/screenshots/<name>.png. */
  shot(name: string): Promise<void>;
}

/**
 * A describe block whose tests each get a fresh browser page on the served build.
 * Skips (loudly, once, in global setup) when there is no browser and E2E_REQUIRED is not set.
 * Service workers are blocked unless `opts.serviceWorkers` is set.
 */
export function e2eDescribe(name: string, body: (t: E2E) => void, opts: { serviceWorkers?: boolean } = {}) {
  const browserPath = inject('browserPath');
  const baseUrl = inject('baseUrl');
  (browserPath ? describe : describe.skip)(name, () => {
    let browser: Browser;
    const t = { errors: [] as string[] } as E2E;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: browserPath!, args: BROWSER_ARGS, headless: true });
      mkdirSync(resolve(SHOTS, 'every-test'), { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      t.errors = [];
      // The build registers a service worker; page.route cannot see what it fetches, so tests that fake the network
      // run without it. offline.e2e.ts turns it on to test it.
      t.context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        serviceWorkers: opts.serviceWorkers ? 'allow' : 'block',
      });
      t.page = await t.context.newPage();
      t.page.on('console', (m) => {
        if (m.type() === 'error') t.errors.push(m.text());
      });
      t.page.on('pageerror', (e) => t.errors.push(String(e)));
      t.open = async (path = '', opts = {}) => {
        if (opts.width) await t.page.setViewportSize({ width: opts.width, height: opts.height ?? 800 });
        await t.page.goto(new URL(path, baseUrl).toString());
        return t.page;
      };
      t.shot = async (shotName) => {
        await t.page.screenshot({ path: resolve(SHOTS, `${shotName}.png`) });
      };
    });
    afterEach(async (ctx) => {
      // Every test leaves a picture of where it ended, pass or fail, to look at.
      const file = `${name}--${ctx.task.name}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 120);
      await t.page?.screenshot({ path: resolve(SHOTS, 'every-test', `${file}.png`) }).catch(() => {});
      await t.context?.close();
    });
    body(t);
  });
}
