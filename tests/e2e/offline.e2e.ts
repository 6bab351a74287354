import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const DS = JSON.parse(readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8')) as {
  events: { id: string; title: string; evidence: { articleId: string }[] }[];
};
const withArticle = DS.events.find((e) => e.evidence.length > 0)!;

/** Records every Content-Security-Policy violation the page reports. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const articleShown = (page: Page) =>
  page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null, null, {
    timeout: 20_000,
  });

e2eDescribe(
  'offline and the Content-Security-Policy',
  (t) => {
    test('the built page carries a strict CSP, has no inline script, and the app runs under it without a violation', async () => {
      const html = await (await t.context.request.get(inject('baseUrl'))).text();
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        ?.replace(/&#39;/g, "'");
      expect(csp).toBeDefined();
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      // Code, styles and workers come only from the page's own origin; only data (a dataset the user names with
      // ?data= or "Dataset URL") may be fetched from another https site.
      const directives = csp!.split(/;\s*/).filter((d) => !d.startsWith('connect-src '));
      for (const d of directives) expect(d).not.toMatch(/https?:/);
      expect(csp).toContain("connect-src 'self' https:");
      // The policy comes before any script, and every script is a file.
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="/);
      const violations = await watchCsp(t.page);
      const page = await t.open(`?event=${encodeURIComponent(withArticle.id)}`);
      await articleShown(page);
      await page.getByRole('button', { name: 'List' }).click();
      await page.getByRole('grid', { name: 'Events' }).waitFor();
      expect(await violations()).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    test('after one visit, Envoy opens and reads an article with no connection (service worker)', async () => {
      const page = await t.open();
      await page.getByRole('application', { name: /Timeline of/ }).waitFor();
      // The worker has installed and kept every file of the build.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe('/envoy/');
      await page.waitForFunction(async () => {
        const names = await caches.keys();
        if (!names.some((n) => n.startsWith('envoy-'))) return false;
        const cache = await caches.open(names.find((n) => n.startsWith('envoy-'))!);
        return (await cache.keys()).some((r) => r.url.includes('/articles/'));
      });
      await t.context.setOffline(true);
      await page.goto(new URL(`?event=${encodeURIComponent(withArticle.id)}`, page.url()).toString());
      await page
        .getByRole('region', { name: 'Source article' })
        .getByRole('heading', { name: withArticle.title })
        .waitFor();
      await articleShown(page);
      await t.shot('offline-article');
      await t.context.setOffline(false);
    });

    test('without the worker, an article that cannot load offline says so, and loads when the connection returns', async () => {
      const context = await t.context
        .browser()!
        .newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.goto(inject('baseUrl'));
        const next = page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' });
        await next.waitFor();
        await context.setOffline(true);
        await next.click();
        await page.getByText(/You are offline: the article has not been loaded yet/).waitFor();
        await page.screenshot({ path: resolve(ROOT, 'test-results/screenshots/offline-message.png') });
        await context.setOffline(false);
        await articleShown(page);
        expect(await page.getByText(/You are offline/).count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  },
  { serviceWorkers: true },
);
